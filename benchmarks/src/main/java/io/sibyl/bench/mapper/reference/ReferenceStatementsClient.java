package io.sibyl.bench.mapper.reference;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.sibyl.bench.load.DriverClient;
import java.util.concurrent.CompletionStage;

/**
 * The repository workload written by hand on a reference driver session: the columns its mapper's
 * statements name, bound from a {@link ReferenceKvRow} with typed setters by index and read back
 * into one with typed getters. The session belongs to the caller.
 */
public final class ReferenceStatementsClient implements DriverClient {
  private static final String INSERT =
      "INSERT INTO bench.kv (id, name, amount, updated) VALUES (?, ?, ?, ?)";
  private static final String SELECT =
      "SELECT id, name, amount, updated FROM bench.kv WHERE id = ?";

  private final CqlSession session;
  private final PreparedStatement insert;
  private final PreparedStatement select;

  /** Prepares both statements on {@code session}. */
  public ReferenceStatementsClient(CqlSession session) {
    this.session = session;
    this.insert = session.prepare(INSERT);
    this.select = session.prepare(SELECT);
  }

  @Override
  public String name() {
    return "reference statements";
  }

  @Override
  public void insert(int id) {
    session.execute(bindInsert(ReferenceKvRow.of(id)));
  }

  @Override
  public long select(int id) {
    return ReferenceKvRow.checksum(read(session.execute(bindSelect(id)).one()));
  }

  @Override
  public CompletionStage<?> insertAsync(int id) {
    return session.executeAsync(bindInsert(ReferenceKvRow.of(id)));
  }

  @Override
  public CompletionStage<?> selectAsync(int id) {
    return session.executeAsync(bindSelect(id));
  }

  @Override
  public long consume(Object selectResult) {
    return ReferenceKvRow.checksum(read(((AsyncResultSet) selectResult).one()));
  }

  private BoundStatement bindInsert(ReferenceKvRow row) {
    return insert
        .boundStatementBuilder()
        .setInt(0, row.id())
        .setString(1, row.name())
        .setLong(2, row.amount())
        .setInstant(3, row.updated())
        .build();
  }

  private BoundStatement bindSelect(int id) {
    return select.boundStatementBuilder().setInt(0, id).build();
  }

  private static ReferenceKvRow read(Row row) {
    return row == null
        ? null
        : new ReferenceKvRow(row.getInt(0), row.getString(1), row.getLong(2), row.getInstant(3));
  }

  /** Does nothing: the session belongs to the caller. */
  @Override
  public void close() {}
}
