package io.sibyl.testsupport.proxy;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;

/**
 * One native-protocol envelope (a "frame" in v4 terms) that the proxy saw: its header, and for
 * requests and prepared results the statement texts and prepared ids found at the start of its
 * body, and the client timestamp of a request that carries one. Bodies compressed with the v4
 * per-envelope compression, and envelopes inside LZ4-compressed v5 segments, are not visible (see
 * {@link FaultProxy}).
 */
public final class Frame {
  private final Direction direction;
  private final int version;
  private final int flags;
  private final int streamId;
  private final Opcode opcode;
  private final int bodyLength;
  private final List<String> queries;
  private final List<ByteBuffer> preparedIds;
  private final long timestamp;

  Frame(
      Direction direction,
      int version,
      int flags,
      int streamId,
      Opcode opcode,
      int bodyLength,
      List<String> queries,
      List<ByteBuffer> preparedIds) {
    this(
        direction,
        version,
        flags,
        streamId,
        opcode,
        bodyLength,
        queries,
        preparedIds,
        ProtocolParser.BodyReader.NO_TIMESTAMP);
  }

  Frame(
      Direction direction,
      int version,
      int flags,
      int streamId,
      Opcode opcode,
      int bodyLength,
      List<String> queries,
      List<ByteBuffer> preparedIds,
      long timestamp) {
    this.direction = direction;
    this.version = version;
    this.flags = flags;
    this.streamId = streamId;
    this.opcode = opcode;
    this.bodyLength = bodyLength;
    this.queries = List.copyOf(queries);
    this.preparedIds = List.copyOf(preparedIds);
    this.timestamp = timestamp;
  }

  /** The direction that the envelope travelled in. */
  public Direction direction() {
    return direction;
  }

  /** The protocol version in the header, without the response bit (e.g. 4 or 5). */
  public int version() {
    return version;
  }

  /** The header's flags byte. */
  public int flags() {
    return flags;
  }

  /** The stream id (negative for server events). */
  public int streamId() {
    return streamId;
  }

  /** The opcode. */
  public Opcode opcode() {
    return opcode;
  }

  /** The body's length from the header. */
  public int bodyLength() {
    return bodyLength;
  }

  /**
   * The CQL texts the body carries: one for QUERY and PREPARE, one per unprepared statement of a
   * BATCH; empty otherwise or when the body could not be read.
   */
  public List<String> queries() {
    return queries;
  }

  /**
   * The prepared statement ids the body carries: one for EXECUTE and for a RESULT of kind Prepared,
   * one per prepared statement of a BATCH; empty otherwise. The buffers are read-only.
   */
  public List<ByteBuffer> preparedIds() {
    return preparedIds;
  }

  /**
   * The client timestamp (microseconds) a QUERY, EXECUTE or BATCH carries in its parameters, or
   * empty when it carries none (the server then stamps the write) or the body could not be read.
   * For example, every attempt of one request should carry the same timestamp.
   */
  public OptionalLong timestamp() {
    return timestamp == ProtocolParser.BodyReader.NO_TIMESTAMP
        ? OptionalLong.empty()
        : OptionalLong.of(timestamp);
  }

  @Override
  public String toString() {
    return "Frame{"
        + direction
        + ", v"
        + version
        + ", stream "
        + streamId
        + ", "
        + opcode
        + ", "
        + bodyLength
        + " bytes"
        + (queries.isEmpty() ? "" : ", " + queries)
        + "}";
  }
}
