package io.sibyl.bench.mapper.reference;

import com.datastax.oss.driver.api.core.CqlSession;
import io.sibyl.bench.load.DriverClient;
import java.util.concurrent.CompletionStage;

/**
 * The workload through the reference driver's object mapper: the DAO its annotation processor
 * generates for {@link ReferenceKvDao}. The session belongs to the caller.
 */
public final class ReferenceMapperClient implements DriverClient {
  private final ReferenceKvDao dao;

  /** Builds the mapper on {@code session}; the DAO prepares its statements when created. */
  public ReferenceMapperClient(CqlSession session) {
    this.dao = new ReferenceKvMapperBuilder(session).build().kvDao();
  }

  @Override
  public String name() {
    return "reference mapper";
  }

  @Override
  public void insert(int id) {
    dao.save(ReferenceKvRow.of(id));
  }

  @Override
  public long select(int id) {
    return ReferenceKvRow.checksum(dao.findById(id));
  }

  @Override
  public CompletionStage<?> insertAsync(int id) {
    return dao.saveAsync(ReferenceKvRow.of(id));
  }

  @Override
  public CompletionStage<?> selectAsync(int id) {
    return dao.findByIdAsync(id);
  }

  @Override
  public long consume(Object selectResult) {
    return ReferenceKvRow.checksum((ReferenceKvRow) selectResult);
  }

  /** Does nothing: the session belongs to the caller. */
  @Override
  public void close() {}
}
