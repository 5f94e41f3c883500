package io.sibyl.bench.load;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletionStage;

/** The workload on a Sibyl session. */
public final class SibylClient implements DriverClient {
  private final Session session;
  private final PreparedStatement insert;
  private final PreparedStatement select;

  private SibylClient(Session session) {
    this.session = session;
    this.insert = session.prepare(KvTable.INSERT);
    this.select = session.prepare(KvTable.SELECT);
  }

  /** Connects and prepares both statements. */
  public static SibylClient connect(
      InetSocketAddress contactPoint, String datacenter, ProtocolVersion version) {
    Session session =
        Session.builder()
            .addContactPoint(contactPoint)
            .localDatacenter(datacenter)
            .protocolVersion(version)
            .build();
    try {
      return new SibylClient(session);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  @Override
  public String name() {
    return "sibyl";
  }

  @Override
  public void insert(int id) {
    session.execute(bindInsert(id));
  }

  @Override
  public long select(int id) {
    return read(session.execute(select.bind().setInt(0, id)).one());
  }

  @Override
  public CompletionStage<?> insertAsync(int id) {
    return session.executeAsync(bindInsert(id));
  }

  @Override
  public CompletionStage<?> selectAsync(int id) {
    return session.executeAsync(select.bind().setInt(0, id));
  }

  @Override
  public long consume(Object selectResult) {
    return read(((AsyncResultSet) selectResult).one());
  }

  private io.sibyl.driver.BoundStatement bindInsert(int id) {
    return insert
        .bind()
        .setInt(0, id)
        .setString(1, KvTable.name(id))
        .setLong(2, KvTable.amount(id))
        .setInstant(3, KvTable.UPDATED);
  }

  private static long read(Row row) {
    if (row == null) {
      throw new IllegalStateException("The SELECT found no row");
    }
    return row.getString(0).length() + row.getLong(1) + row.getInstant(2).getEpochSecond();
  }

  @Override
  public void close() {
    session.close();
  }
}
