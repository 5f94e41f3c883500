package io.sibyl.bench.responder;

import io.sibyl.bench.responder.CannedStatement.Column;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every answer the responder can give, encoded once per protocol version: the handshake, the system
 * tables drivers read when they connect, and the canned statements. Immutable and thread-safe.
 */
final class ResponderCatalog {
  /** The error code for a statement the responder does not know (Invalid). */
  static final int INVALID = 0x2200;

  /** The error code for a protocol error. */
  static final int PROTOCOL_ERROR = 0x000A;

  private final Map<ProtocolVersion, Bodies> bodies = new HashMap<>();

  /** The encoded bodies of one protocol version. */
  static final class Bodies {
    final byte[] supported;
    final byte[] ready = ResultBodies.empty();
    final byte[] voidResult = ResultBodies.voidResult();
    final byte[] localRow;
    final byte[] peers;
    final byte[] peersV2;
    final byte[] emptyRows;
    final Map<String, Prepared> byQuery = new HashMap<>();
    final Map<Long, Prepared> byIdPrefix = new HashMap<>();

    private Bodies(
        byte[] supported, byte[] localRow, byte[] peers, byte[] peersV2, byte[] emptyRows) {
      this.supported = supported;
      this.localRow = localRow;
      this.peers = peers;
      this.peersV2 = peersV2;
      this.emptyRows = emptyRows;
    }

    /** The statement whose id starts with these 8 bytes, or null. */
    Prepared byIdPrefix(long prefix) {
      return byIdPrefix.get(prefix);
    }
  }

  /** A canned statement's encoded answers. */
  static final class Prepared {
    final byte[] preparedResult;
    final byte[] rowsWithMetadata;
    final byte[] rowsWithoutMetadata;

    private Prepared(byte[] preparedResult, byte[] rowsWithMetadata, byte[] rowsWithoutMetadata) {
      this.preparedResult = preparedResult;
      this.rowsWithMetadata = rowsWithMetadata;
      this.rowsWithoutMetadata = rowsWithoutMetadata;
    }

    /** The answer to an EXECUTE (or QUERY) of the statement. */
    byte[] executeResult(boolean skipMetadata) {
      return skipMetadata ? rowsWithoutMetadata : rowsWithMetadata;
    }
  }

  ResponderCatalog(List<CannedStatement> statements, InetAddress address, int port) {
    for (ProtocolVersion version : ProtocolVersion.values()) {
      bodies.put(version, encode(version, statements, address, port));
    }
  }

  Bodies bodies(ProtocolVersion version) {
    return bodies.get(version);
  }

  private static Bodies encode(
      ProtocolVersion version, List<CannedStatement> statements, InetAddress address, int port) {
    Map<String, List<String>> supported = new LinkedHashMap<>();
    supported.put("PROTOCOL_VERSIONS", List.of("4/v4", "5/v5"));
    supported.put("COMPRESSION", List.of("lz4"));
    supported.put("CQL_VERSION", List.of("3.4.7"));
    Bodies result =
        new Bodies(
            ResultBodies.supported(supported),
            ResultBodies.rows(
                "system", "local", LOCAL_COLUMNS, List.of(localRow(address, port)), true),
            ResultBodies.rows("system", "peers", PEERS_COLUMNS, List.of(), true),
            ResultBodies.rows("system", "peers_v2", PEERS_V2_COLUMNS, List.of(), true),
            ResultBodies.rows("system", "none", List.of(), List.of(), true));
    for (CannedStatement statement : statements) {
      byte[] id = digest(statement.query());
      Prepared prepared =
          new Prepared(
              ResultBodies.prepared(statement, id, digest(statement.query() + "#result"), version),
              answer(statement, true, result),
              answer(statement, false, result));
      result.byQuery.put(statement.query(), prepared);
      result.byIdPrefix.put(ByteBuffer.wrap(id).getLong(0), prepared);
    }
    return result;
  }

  private static byte[] answer(CannedStatement statement, boolean withMetadata, Bodies bodies) {
    if (!statement.returnsRows()) {
      return bodies.voidResult;
    }
    return ResultBodies.rows(
        statement.keyspace(),
        statement.table(),
        statement.resultColumns(),
        statement.rows(),
        withMetadata);
  }

  /** The canned answer to a QUERY, by what its text asks for. */
  byte[] queryResult(ProtocolVersion version, String query) {
    Bodies versionBodies = bodies(version);
    Prepared canned = versionBodies.byQuery.get(query);
    if (canned != null) {
      return canned.executeResult(false);
    }
    String text = query.trim().toLowerCase(Locale.ROOT);
    if (text.startsWith("use ")) {
      String keyspace = text.substring(4).replace("\"", "").replace(";", "").trim();
      return ResultBodies.setKeyspace(keyspace);
    }
    if (!text.startsWith("select")) {
      return versionBodies.voidResult; // writes and DDL: done
    }
    if (text.contains("system.local")) {
      return versionBodies.localRow;
    }
    if (text.contains("system.peers_v2")) {
      return versionBodies.peersV2;
    }
    if (text.contains("system.peers")) {
      return versionBodies.peers;
    }
    return versionBodies.emptyRows;
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- system tables ------------------------------------------------------------------------

  static final UUID HOST_ID = UUID.fromString("5b1d4f2e-0000-4000-8000-00000000b001");
  static final UUID SCHEMA_VERSION = UUID.fromString("5b1d4f2e-0000-4000-8000-00000000c001");
  static final String CLUSTER_NAME = "responder";
  static final String DATACENTER = "datacenter1";

  private static final DataType TOKENS = DataTypes.setOf(DataTypes.TEXT);

  private static final List<Column> LOCAL_COLUMNS =
      List.of(
          new Column("key", DataTypes.TEXT),
          new Column("bootstrapped", DataTypes.TEXT),
          new Column("broadcast_address", DataTypes.INET),
          new Column("broadcast_port", DataTypes.INT),
          new Column("cluster_name", DataTypes.TEXT),
          new Column("cql_version", DataTypes.TEXT),
          new Column("data_center", DataTypes.TEXT),
          new Column("gossip_generation", DataTypes.INT),
          new Column("host_id", DataTypes.UUID),
          new Column("listen_address", DataTypes.INET),
          new Column("listen_port", DataTypes.INT),
          new Column("native_protocol_version", DataTypes.TEXT),
          new Column("partitioner", DataTypes.TEXT),
          new Column("rack", DataTypes.TEXT),
          new Column("release_version", DataTypes.TEXT),
          new Column("rpc_address", DataTypes.INET),
          new Column("rpc_port", DataTypes.INT),
          new Column("schema_version", DataTypes.UUID),
          new Column("tokens", TOKENS));

  private static List<Object> localRow(InetAddress address, int port) {
    return List.of(
        "local",
        "COMPLETED",
        address,
        7000,
        CLUSTER_NAME,
        "3.4.7",
        DATACENTER,
        1,
        HOST_ID,
        address,
        7000,
        "5",
        "org.apache.cassandra.dht.Murmur3Partitioner",
        "rack1",
        "5.0.6",
        address,
        port,
        SCHEMA_VERSION,
        Set.of("0"));
  }

  private static final List<Column> PEERS_COLUMNS =
      List.of(
          new Column("peer", DataTypes.INET),
          new Column("data_center", DataTypes.TEXT),
          new Column("host_id", DataTypes.UUID),
          new Column("preferred_ip", DataTypes.INET),
          new Column("rack", DataTypes.TEXT),
          new Column("release_version", DataTypes.TEXT),
          new Column("rpc_address", DataTypes.INET),
          new Column("schema_version", DataTypes.UUID),
          new Column("tokens", TOKENS));

  private static final List<Column> PEERS_V2_COLUMNS =
      List.of(
          new Column("peer", DataTypes.INET),
          new Column("peer_port", DataTypes.INT),
          new Column("data_center", DataTypes.TEXT),
          new Column("host_id", DataTypes.UUID),
          new Column("native_address", DataTypes.INET),
          new Column("native_port", DataTypes.INT),
          new Column("preferred_ip", DataTypes.INET),
          new Column("preferred_port", DataTypes.INT),
          new Column("rack", DataTypes.TEXT),
          new Column("release_version", DataTypes.TEXT),
          new Column("schema_version", DataTypes.UUID),
          new Column("tokens", TOKENS));
}
