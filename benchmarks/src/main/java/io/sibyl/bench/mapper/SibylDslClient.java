package io.sibyl.bench.mapper;

import io.sibyl.bench.load.DriverClient;
import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.query.QueryTable;
import java.util.concurrent.CompletionStage;

/**
 * The workload through Sibyl's query DSL on the generated metamodel {@code KvRow_}: {@code
 * save(row)} and {@code select().where(KvRow_.ID.eq(id)).one()}, building the select per request as
 * an application would. The session belongs to the caller.
 */
public final class SibylDslClient implements DriverClient {
  private final QueryTable<KvRow> table;

  /** Builds a mapper on {@code session}; the DSL prepares each query shape on first use. */
  public SibylDslClient(Session session) {
    this.table = KvRow_.table(Mapper.builder(session).build());
  }

  @Override
  public String name() {
    return "sibyl dsl";
  }

  @Override
  public void insert(int id) {
    table.save(KvRow.of(id));
  }

  @Override
  public long select(int id) {
    return KvRow.checksum(table.select().where(KvRow_.ID.eq(id)).one());
  }

  @Override
  public CompletionStage<?> insertAsync(int id) {
    return table.saveAsync(KvRow.of(id));
  }

  @Override
  public CompletionStage<?> selectAsync(int id) {
    return table.select().where(KvRow_.ID.eq(id)).oneAsync();
  }

  @Override
  public long consume(Object selectResult) {
    return KvRow.checksum((KvRow) selectResult);
  }

  /** Does nothing: the session belongs to the caller. */
  @Override
  public void close() {}
}
