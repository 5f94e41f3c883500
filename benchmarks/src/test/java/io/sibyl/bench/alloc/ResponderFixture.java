package io.sibyl.bench.alloc;

import io.netty.util.ResourceLeakDetector;
import io.sibyl.bench.load.KvTable;
import io.sibyl.bench.responder.CannedStatement;
import io.sibyl.bench.responder.CannedStatement.Column;
import io.sibyl.bench.responder.NativeProtocolResponder;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.type.DataTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-process responder knowing the load test's statements and the mapper's (the generated
 * repository and the DSL read all four columns), with Netty's leak detection off while it runs (the
 * tests' paranoid level records a stack trace per buffer, which would be measured too).
 */
final class ResponderFixture implements AutoCloseable {
  /** The generated repository's and the DSL's SELECT by key. */
  static final String SELECT_ALL_COLUMNS =
      "SELECT id, name, amount, updated FROM bench.kv WHERE id = ?";

  private final ResourceLeakDetector.Level leakLevel;
  private final NativeProtocolResponder responder;

  ResponderFixture() {
    leakLevel = ResourceLeakDetector.getLevel();
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    responder = NativeProtocolResponder.start(statements());
  }

  /** Opens a session on the responder, with these trackers. */
  Session session(RequestTracker... trackers) {
    SessionBuilder builder =
        Session.builder().addContactPoint(responder.address()).localDatacenter("datacenter1");
    for (RequestTracker tracker : trackers) {
      builder.addRequestTracker(tracker);
    }
    return builder.build();
  }

  /** A meter counting every thread but the responder's. */
  AllocationMeter meter() {
    return new AllocationMeter(responder.threadIds());
  }

  @Override
  public void close() {
    responder.close();
    ResourceLeakDetector.setLevel(leakLevel);
  }

  private static List<CannedStatement> statements() {
    List<CannedStatement> statements = new ArrayList<>(KvTable.cannedStatements());
    statements.add(
        new CannedStatement(
            SELECT_ALL_COLUMNS,
            KvTable.KEYSPACE,
            KvTable.TABLE,
            List.of(new Column("id", DataTypes.INT)),
            new int[] {0},
            List.of(
                new Column("id", DataTypes.INT),
                new Column("name", DataTypes.TEXT),
                new Column("amount", DataTypes.BIGINT),
                new Column("updated", DataTypes.TIMESTAMP)),
            List.of(List.of(42, KvTable.name(42), KvTable.amount(42), KvTable.UPDATED))));
    return statements;
  }
}
