package io.sibyl.bench.mapper;

import io.sibyl.bench.load.DriverClient;
import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import java.util.concurrent.CompletionStage;

/**
 * The repository workload written by hand on a Sibyl session: the statements {@link KvRepository}'s
 * generated implementation prepares (the same CQL), bound from a {@link KvRow} with typed setters
 * and read back into one with typed getters. The session belongs to the caller.
 */
public final class SibylStatementsClient implements DriverClient {
  /** The generated repository's INSERT. */
  static final String INSERT =
      "INSERT INTO bench.kv (id, name, amount, updated) VALUES (?, ?, ?, ?)";

  /** The generated repository's SELECT by key. */
  static final String SELECT = "SELECT id, name, amount, updated FROM bench.kv WHERE id = ?";

  private final Session session;
  private final PreparedStatement insert;
  private final PreparedStatement select;

  /** Prepares both statements on {@code session}. */
  public SibylStatementsClient(Session session) {
    this.session = session;
    this.insert = session.prepare(INSERT);
    this.select = session.prepare(SELECT);
  }

  @Override
  public String name() {
    return "sibyl statements";
  }

  @Override
  public void insert(int id) {
    session.execute(bindInsert(KvRow.of(id)));
  }

  @Override
  public long select(int id) {
    return KvRow.checksum(read(session.execute(select.bind().setInt(0, id)).one()));
  }

  @Override
  public CompletionStage<?> insertAsync(int id) {
    return session.executeAsync(bindInsert(KvRow.of(id)));
  }

  @Override
  public CompletionStage<?> selectAsync(int id) {
    return session.executeAsync(select.bind().setInt(0, id));
  }

  @Override
  public long consume(Object selectResult) {
    return KvRow.checksum(read(((AsyncResultSet) selectResult).one()));
  }

  private BoundStatement bindInsert(KvRow row) {
    return insert
        .bind()
        .setInt(0, row.id())
        .setString(1, row.name())
        .setLong(2, row.amount())
        .setInstant(3, row.updated());
  }

  private static KvRow read(Row row) {
    return row == null
        ? null
        : new KvRow(row.getInt(0), row.getString(1), row.getLong(2), row.getInstant(3));
  }

  /** Does nothing: the session belongs to the caller. */
  @Override
  public void close() {}
}
