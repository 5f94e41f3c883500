package io.sibyl.driver.internal.cluster;

import static io.sibyl.driver.TestRows.column;

import io.sibyl.driver.TestRows;
import io.sibyl.driver.TestRows.Column;
import io.sibyl.driver.internal.connection.FakeNodes;
import io.sibyl.driver.internal.protocol.Message;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.SetKeyspaceResult;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.type.DataTypes;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake cluster for control connection tests: {@link FakeNodes} whose script answers the system
 * tables the driver reads, each node describing itself in {@code system.local} and the others in
 * {@code system.peers_v2} / {@code system.peers}.
 */
final class FakeCluster implements AutoCloseable {
  static final UUID V1 = new UUID(1, 1);

  /** One fake node's description; its fields may change while a test runs. */
  static final class Member {
    final InetSocketAddress address; // advertised
    final InetSocketAddress dial; // where the fake listens
    final UUID hostId;
    volatile UUID schemaVersion = V1;
    volatile boolean listedAsPeer = true;
    volatile boolean failQueries;
    // The version the other nodes' gossip shows for this one, when it lags behind its own.
    volatile UUID gossiped;

    UUID seenVersion() {
      UUID lagging = gossiped;
      return lagging != null ? lagging : schemaVersion;
    }

    Member(InetSocketAddress address, InetSocketAddress dial, UUID hostId) {
      this.address = address;
      this.dial = dial;
      this.hostId = hostId;
    }
  }

  final FakeNodes nodes = new FakeNodes();
  final List<Member> members = new CopyOnWriteArrayList<>();
  final Map<String, Integer> queries = new ConcurrentHashMap<>();
  // When set, the answer to the system_schema.tables read waits for it (at most 10 s).
  volatile java.util.concurrent.CountDownLatch tablesGate;

  private static final List<Column> LOCAL =
      List.of(
          column("host_id", DataTypes.UUID),
          column("data_center", DataTypes.TEXT),
          column("rack", DataTypes.TEXT),
          column("release_version", DataTypes.TEXT),
          column("tokens", DataTypes.setOf(DataTypes.TEXT)),
          column("schema_version", DataTypes.UUID),
          column("rpc_address", DataTypes.INET),
          column("rpc_port", DataTypes.INT),
          column("cluster_name", DataTypes.TEXT),
          column("partitioner", DataTypes.TEXT));

  private static final List<Column> PEERS =
      List.of(
          column("peer", DataTypes.INET),
          column("native_address", DataTypes.INET),
          column("native_port", DataTypes.INT),
          column("host_id", DataTypes.UUID),
          column("data_center", DataTypes.TEXT),
          column("rack", DataTypes.TEXT),
          column("release_version", DataTypes.TEXT),
          column("tokens", DataTypes.setOf(DataTypes.TEXT)),
          column("schema_version", DataTypes.UUID));

  /** A cluster of {@code count} nodes at 127.0.0.1..n:9042. */
  FakeCluster(int count) {
    this(count, 9042);
  }

  /**
   * A cluster of {@code count} nodes that advertise 127.0.0.1..n:9042 but listen on {@code
   * dialPort} (as behind port forwarding: only a translator makes the peers reachable).
   */
  FakeCluster(int count, int dialPort) {
    for (int i = 1; i <= count; i++) {
      InetSocketAddress address = new InetSocketAddress("127.0.0." + i, 9042);
      InetSocketAddress dial = new InetSocketAddress("127.0.0." + i, dialPort);
      Member member = new Member(address, dial, new UUID(0, i));
      members.add(member);
      nodes.node(dial, this::answer);
    }
  }

  Member member(int n) {
    return members.get(n - 1);
  }

  int count(String query) {
    return queries.getOrDefault(query, 0);
  }

  private Message answer(InetSocketAddress at, Request request) {
    if (!(request instanceof Query query)) {
      return VoidResult.INSTANCE;
    }
    String cql = query.query();
    queries.merge(cql, 1, Integer::sum);
    Member self = members.stream().filter(m -> m.dial.equals(at)).findFirst().orElseThrow();
    if (self.failQueries) {
      return new io.sibyl.driver.internal.protocol.message.Error(
          io.sibyl.driver.internal.protocol.message.Error.SERVER_ERROR, "fake failure", null);
    }
    java.util.concurrent.CountDownLatch gate = tablesGate;
    if (gate != null && cql.startsWith("SELECT * FROM system_schema.tables")) {
      try {
        gate.await(10, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (cql.startsWith("USE ")) {
      return new SetKeyspaceResult(cql.substring(4).replace("\"", ""));
    }
    if (cql.equals("SELECT * FROM system.local")) {
      return TestRows.page(LOCAL, List.<Object[]>of(localRow(self)));
    }
    if (cql.equals("SELECT cluster_name, partitioner FROM system.local")) {
      return TestRows.page(
          List.of(column("cluster_name", DataTypes.TEXT), column("partitioner", DataTypes.TEXT)),
          List.<Object[]>of(new Object[] {"fake", "org.apache.cassandra.dht.Murmur3Partitioner"}));
    }
    if (cql.equals("SELECT * FROM system.peers_v2") || cql.equals("SELECT * FROM system.peers")) {
      List<Object[]> rows = new ArrayList<>();
      for (Member peer : members) {
        if (peer != self && peer.listedAsPeer) {
          rows.add(
              new Object[] {
                peer.address.getAddress(),
                peer.address.getAddress(),
                peer.address.getPort(),
                peer.hostId,
                "dc1",
                "r1",
                "5.0.6",
                Set.of(token(peer)),
                peer.seenVersion()
              });
        }
      }
      return TestRows.page(PEERS, rows);
    }
    if (cql.equals("SELECT schema_version FROM system.local")) {
      return TestRows.page(
          List.of(column("schema_version", DataTypes.UUID)),
          List.<Object[]>of(new Object[] {self.schemaVersion}));
    }
    if (cql.equals("SELECT host_id, schema_version FROM system.peers")) {
      List<Object[]> rows = new ArrayList<>();
      for (Member peer : members) {
        if (peer != self && peer.listedAsPeer) {
          rows.add(new Object[] {peer.hostId, peer.seenVersion()});
        }
      }
      return TestRows.page(
          List.of(column("host_id", DataTypes.UUID), column("schema_version", DataTypes.UUID)),
          rows);
    }
    // system_schema tables and anything else: no rows.
    return TestRows.page(List.of(), List.of());
  }

  private static Object[] localRow(Member self) {
    return new Object[] {
      self.hostId,
      "dc1",
      "r1",
      "5.0.6",
      Set.of(token(self)),
      self.schemaVersion,
      self.address.getAddress(),
      self.address.getPort(),
      "fake",
      "org.apache.cassandra.dht.Murmur3Partitioner"
    };
  }

  private static String token(Member member) {
    return Long.toString(member.hostId.getLeastSignificantBits() * 1000);
  }

  @Override
  public void close() {
    nodes.close();
  }
}
