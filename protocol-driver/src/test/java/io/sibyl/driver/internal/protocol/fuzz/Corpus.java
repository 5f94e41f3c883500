package io.sibyl.driver.internal.protocol.fuzz;

import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.Result;
import io.sibyl.driver.internal.protocol.message.RowsMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Valid response envelopes of every kind the driver decodes, as a Cassandra node would send them in
 * protocol v4 or v5: READY, AUTHENTICATE, SUPPORTED, ERROR of every code with its fields, every
 * RESULT kind (rows with and without metadata, with a paging state, with nested collection, tuple
 * and UDT types), EVENTs, AUTH_CHALLENGE and AUTH_SUCCESS. Responses use stream ids 0 to {@value
 * #STREAMS} - 1 in turn; events use -1.
 */
final class Corpus {
  /** The stream ids that responses use, each with a request waiting for it. */
  static final int STREAMS = 8;

  private static final UUID ID = UUID.fromString("a8098c1a-f86e-11da-bd1a-00112444be1e");
  private static final byte[] IPV4 = {127, 0, 0, 1};
  private static final byte[] IPV6 = {
    0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
  };

  private final int version;
  private final List<Envelope> envelopes = new ArrayList<>();
  private int nextStream;

  private Corpus(int version) {
    this.version = version;
  }

  /** Every envelope of the corpus for protocol {@code version} (4 or 5). */
  static List<Envelope> of(int version) {
    Corpus corpus = new Corpus(version);
    corpus.build();
    return List.copyOf(corpus.envelopes);
  }

  private void build() {
    response("READY", Opcode.READY, new Body());
    response(
        "AUTHENTICATE",
        Opcode.AUTHENTICATE,
        new Body().string("org.apache.cassandra.auth.PasswordAuthenticator"));
    Map<String, List<String>> supported = new LinkedHashMap<>();
    supported.put("PROTOCOL_VERSIONS", List.of("3/v3", "4/v4", "5/v5"));
    supported.put("COMPRESSION", List.of("snappy", "lz4"));
    supported.put("CQL_VERSION", List.of("3.4.7"));
    response("SUPPORTED", Opcode.SUPPORTED, new Body().stringMultimap(supported));
    errors();
    results();
    events();
    response("AUTH_CHALLENGE", Opcode.AUTH_CHALLENGE, new Body().bytes(ascii("challenge-1234")));
    response("AUTH_SUCCESS", Opcode.AUTH_SUCCESS, new Body().bytes(ascii("final-token")));
    response("AUTH_SUCCESS null", Opcode.AUTH_SUCCESS, new Body().bytes(null));
    // Header extras: tracing id, warnings and custom payload before the message.
    Body extras =
        new Body()
            .uuid(ID)
            .stringList(List.of("Aggregation query used without partition key"))
            .bytesMap(Map.of("key", ascii("value")));
    response(
        "traced VOID with warnings and payload",
        Frame.FLAG_TRACING | Frame.FLAG_WARNING | Frame.FLAG_CUSTOM_PAYLOAD,
        Opcode.RESULT,
        extras.append(new Body().int32(Result.VOID)));
  }

  private void errors() {
    int[] messageOnly = {
      Error.SERVER_ERROR,
      Error.PROTOCOL_ERROR,
      Error.BAD_CREDENTIALS,
      Error.OVERLOADED,
      Error.IS_BOOTSTRAPPING,
      Error.TRUNCATE_ERROR,
      Error.CDC_WRITE_FAILURE,
      Error.SYNTAX_ERROR,
      Error.UNAUTHORIZED,
      Error.INVALID,
      Error.CONFIG_ERROR
    };
    for (int code : messageOnly) {
      error(code, new Body());
    }
    error(Error.UNAVAILABLE, new Body().int16(4).int32(3).int32(1));
    error(Error.WRITE_TIMEOUT, new Body().int16(1).int32(0).int32(1).string("SIMPLE"));
    Body casTimeout = new Body().int16(9).int32(1).int32(2).string("CAS");
    error(Error.WRITE_TIMEOUT, version == 5 ? casTimeout.int16(3) : casTimeout);
    error(Error.READ_TIMEOUT, new Body().int16(4).int32(1).int32(2).int8(1));
    error(Error.READ_FAILURE, failureCounts(new Body().int16(4).int32(1).int32(2)).int8(0));
    error(
        Error.FUNCTION_FAILURE,
        new Body().string("ks").string("my_function").stringList(List.of("int", "text")));
    error(
        Error.WRITE_FAILURE, failureCounts(new Body().int16(6).int32(0).int32(3)).string("BATCH"));
    error(Error.ALREADY_EXISTS, new Body().string("ks").string("users"));
    error(Error.UNPREPARED, new Body().shortBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
    error(Error.CAS_WRITE_UNKNOWN, new Body().int16(9).int32(1).int32(2));
  }

  /** v5: a reason map; v4: the number of failures. */
  private Body failureCounts(Body body) {
    if (version == 5) {
      return body.count32(2).inetAddr(IPV4).int16(0x0000).inetAddr(IPV6).int16(0x0001);
    }
    return body.int32(2);
  }

  private void error(int code, Body details) {
    Body body = new Body().int32(code).string("The server says: " + Error.codeName(code));
    response("ERROR " + Error.codeName(code), Opcode.ERROR, body.append(details));
  }

  private void results() {
    response("RESULT void", Opcode.RESULT, new Body().int32(Result.VOID));
    response(
        "RESULT rows, global spec",
        Opcode.RESULT,
        rows(RowsMetadata.FLAG_GLOBAL_TABLES_SPEC, globalColumns(), intTextRows(3)));
    response(
        "RESULT rows, per-column spec", Opcode.RESULT, rows(0, perColumnSpecs(), intTextRows(2)));
    response(
        "RESULT rows, no metadata",
        Opcode.RESULT,
        rows(RowsMetadata.FLAG_NO_METADATA, new Body(), intTextRows(4)));
    Body paging =
        new Body()
            .bytes(new byte[] {0, 4, 0, 0, 0, 7, (byte) 0xf0, 0x7f, (byte) 0xff, (byte) 0xfe});
    response(
        "RESULT rows, paging state",
        Opcode.RESULT,
        rows(
            RowsMetadata.FLAG_GLOBAL_TABLES_SPEC | RowsMetadata.FLAG_HAS_MORE_PAGES,
            paging.append(globalColumns()),
            intTextRows(2)));
    if (version == 5) {
      Body changed = new Body().shortBytes(new byte[] {9, 8, 7, 6, 5, 4, 3, 2});
      response(
          "RESULT rows, metadata changed",
          Opcode.RESULT,
          rows(
              RowsMetadata.FLAG_GLOBAL_TABLES_SPEC | RowsMetadata.FLAG_METADATA_CHANGED,
              changed.append(globalColumns()),
              intTextRows(1)));
    }
    response("RESULT rows, nested types", Opcode.RESULT, nestedRows());
    response(
        "RESULT rows, empty page",
        Opcode.RESULT,
        rows(RowsMetadata.FLAG_NO_METADATA, new Body(), 2, new Body(), 0));
    response(
        "RESULT set_keyspace", Opcode.RESULT, new Body().int32(Result.SET_KEYSPACE).string("ks"));
    response("RESULT prepared", Opcode.RESULT, prepared());
    response(
        "RESULT schema_change keyspace",
        Opcode.RESULT,
        new Body().int32(Result.SCHEMA_CHANGE).append(schemaChange("CREATED", "KEYSPACE")));
    response(
        "RESULT schema_change table",
        Opcode.RESULT,
        new Body().int32(Result.SCHEMA_CHANGE).append(schemaChange("UPDATED", "TABLE")));
    response(
        "RESULT schema_change function",
        Opcode.RESULT,
        new Body().int32(Result.SCHEMA_CHANGE).append(schemaChange("DROPPED", "FUNCTION")));
  }

  /** Rows with two columns (k int, v text), global spec. */
  private static Body globalColumns() {
    return new Body().string("ks").string("t").string("k").int16(0x0009).string("v").int16(0x000D);
  }

  private static Body perColumnSpecs() {
    return new Body()
        .string("ks")
        .string("t")
        .string("k")
        .int16(0x0009)
        .string("ks")
        .string("t")
        .string("v")
        .int16(0x000D);
  }

  private static Body intTextRows(int count) {
    Body rows = new Body();
    for (int i = 0; i < count; i++) {
      rows.bytes(new byte[] {0, 0, 0, (byte) i});
      rows.bytes(i % 2 == 0 ? ascii("value " + i) : null);
    }
    return rows;
  }

  private Body rows(int flags, Body metadata, Body cells) {
    return rows(flags, metadata, 2, cells, cells.size() == 0 ? 0 : -1);
  }

  /**
   * {@code rowCount} -1: count the rows of two cells in {@code cells} (as built by intTextRows).
   */
  private Body rows(int flags, Body metadata, int columns, Body cells, int rowCount) {
    int rowsInCells = rowCount >= 0 ? rowCount : countCells(cells.build()) / columns;
    return new Body()
        .int32(Result.ROWS)
        .int32(flags)
        .count32(columns)
        .append(metadata)
        .count32(rowsInCells)
        .append(cells);
  }

  private static int countCells(byte[] cells) {
    int count = 0;
    int position = 0;
    while (position < cells.length) {
      int length =
          ((cells[position] & 0xFF) << 24)
              | ((cells[position + 1] & 0xFF) << 16)
              | ((cells[position + 2] & 0xFF) << 8)
              | (cells[position + 3] & 0xFF);
      position += 4 + Math.max(0, length);
      count++;
    }
    return count;
  }

  /**
   * Columns k int, deep list<map<text, frozen<tuple<int, text, uuid>>>>, addr frozen<ks.address> (a
   * UDT with a set<text>), blob custom; one row.
   */
  private Body nestedRows() {
    Body tupleType = new Body().int16(0x0031).count16(3).int16(0x0009).int16(0x000D).int16(0x000C);
    Body deepType = new Body().int16(0x0020).int16(0x0021).int16(0x000D).append(tupleType);
    Body udtType =
        new Body()
            .int16(0x0030)
            .string("ks")
            .string("address")
            .count16(2)
            .string("street")
            .int16(0x000D)
            .string("tags")
            .int16(0x0022)
            .int16(0x000D);
    Body customType = new Body().int16(0x0000).string("org.apache.cassandra.db.marshal.BytesType");
    Body metadata =
        new Body()
            .string("ks")
            .string("t")
            .string("k")
            .int16(0x0009)
            .string("deep")
            .append(deepType)
            .string("addr")
            .append(udtType)
            .string("raw")
            .append(customType);

    Body tuple =
        new Body()
            .bytes(new byte[] {0, 0, 0, 42})
            .bytes(ascii("forty-two"))
            .bytesOf(new Body().uuid(ID));
    Body map = new Body().count32(2).bytes(ascii("a")).bytesOf(tuple).bytes(ascii("b")).bytes(null);
    Body list = new Body().count32(2).bytesOf(map).bytesOf(new Body().count32(0));
    Body tags = new Body().count32(2).bytes(ascii("home")).bytes(ascii("work"));
    Body udt = new Body().bytes(ascii("1 Main St")).bytesOf(tags);
    Body cells =
        new Body()
            .bytes(new byte[] {0, 0, 0, 1})
            .bytesOf(list)
            .bytesOf(udt)
            .bytes(new byte[] {(byte) 0xca, (byte) 0xfe});
    return rows(RowsMetadata.FLAG_GLOBAL_TABLES_SPEC, metadata, 4, cells, 1);
  }

  private Body prepared() {
    Body body =
        new Body()
            .int32(Result.PREPARED)
            .shortBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
    if (version == 5) {
      body.shortBytes(new byte[] {7, 7, 7, 7});
    }
    // Variables: k int, v text; partition key = marker 0.
    body.int32(RowsMetadata.FLAG_GLOBAL_TABLES_SPEC)
        .count32(2)
        .count32(1)
        .int16(0)
        .append(globalColumns());
    // Result metadata: the same two columns.
    body.int32(RowsMetadata.FLAG_GLOBAL_TABLES_SPEC).count32(2).append(globalColumns());
    return body;
  }

  private static Body schemaChange(String change, String target) {
    Body body = new Body().string(change).string(target).string("ks");
    switch (target) {
      case "TABLE" -> body.string("users");
      case "FUNCTION" -> body.string("plus").stringList(List.of("int", "int"));
      default -> {}
    }
    return body;
  }

  private void events() {
    event(
        "EVENT topology", new Body().string("TOPOLOGY_CHANGE").string("NEW_NODE").inet(IPV4, 9042));
    event("EVENT status", new Body().string("STATUS_CHANGE").string("DOWN").inet(IPV6, 9042));
    event(
        "EVENT schema",
        new Body().string("SCHEMA_CHANGE").append(schemaChange("CREATED", "TABLE")));
    event(
        "EVENT schema aggregate",
        new Body().string("SCHEMA_CHANGE").append(schemaChange("UPDATED", "FUNCTION")));
  }

  private void response(String name, int opcode, Body body) {
    response(name, 0, opcode, body);
  }

  private void response(String name, int flags, int opcode, Body body) {
    envelopes.add(new Envelope(name, version, flags, nextStream, opcode, body));
    nextStream = (nextStream + 1) % STREAMS;
  }

  private void event(String name, Body body) {
    envelopes.add(new Envelope(name, version, 0, -1, Opcode.EVENT, body));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
