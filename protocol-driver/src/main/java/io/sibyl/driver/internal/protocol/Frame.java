package io.sibyl.driver.internal.protocol;

import io.sibyl.driver.ProtocolVersion;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One envelope of the native protocol (called a frame before v5): header fields plus a decoded
 * message. Immutable; holds no Netty buffer.
 *
 * <p>Requests are built with {@link #request}; responses are built by {@link FrameCodec#decode} and
 * carry what their header and body said.
 */
public final class Frame {
  /** Header flag: the body is compressed (v4 only; deprecated and ignored in v5). */
  public static final int FLAG_COMPRESSED = 0x01;

  /** Header flag: tracing requested (request) or tracing id present (response). */
  public static final int FLAG_TRACING = 0x02;

  /** Header flag: a custom payload ([bytes map]) precedes the message. */
  public static final int FLAG_CUSTOM_PAYLOAD = 0x04;

  /** Header flag: the response carries warnings ([string list]). */
  public static final int FLAG_WARNING = 0x08;

  /** Header flag: the client opts in to a protocol version that the server marks as beta. */
  public static final int FLAG_USE_BETA = 0x10;

  private final ProtocolVersion version;
  private final int streamId;
  private final int flags;
  private final UUID tracingId;
  private final Map<String, ByteBuffer> customPayload;
  private final List<String> warnings;
  private final Message message;

  /**
   * Creates a frame from all its parts.
   *
   * @param version the protocol version of the envelope
   * @param streamId the stream id, a signed short
   * @param flags the header flags ({@code FLAG_*}); the tracing, custom payload and warning flags
   *     are recomputed from the other arguments, the others kept as given
   * @param tracingRequested for requests, whether tracing is asked for (ignored when {@code
   *     tracingId} is not null)
   * @param tracingId for responses, the tracing id the server sent, else null
   * @param customPayload the custom payload, empty for none
   * @param warnings the server's warnings, empty for none
   * @param message the message
   */
  public Frame(
      ProtocolVersion version,
      int streamId,
      int flags,
      boolean tracingRequested,
      UUID tracingId,
      Map<String, ByteBuffer> customPayload,
      List<String> warnings,
      Message message) {
    if (streamId < Short.MIN_VALUE || streamId > Short.MAX_VALUE) {
      throw new IllegalArgumentException("Stream id must be a signed short, got " + streamId);
    }
    this.version = Objects.requireNonNull(version, "version");
    this.streamId = streamId;
    this.tracingId = tracingId;
    this.customPayload = customPayload == null ? Map.of() : customPayload;
    this.warnings = warnings == null ? List.of() : warnings;
    this.message = Objects.requireNonNull(message, "message");
    int computed = flags & ~(FLAG_TRACING | FLAG_CUSTOM_PAYLOAD | FLAG_WARNING);
    if (tracingRequested || tracingId != null) {
      computed |= FLAG_TRACING;
    }
    if (!this.customPayload.isEmpty()) {
      computed |= FLAG_CUSTOM_PAYLOAD;
    }
    if (!this.warnings.isEmpty()) {
      computed |= FLAG_WARNING;
    }
    this.flags = computed;
  }

  /** A request frame with no tracing and no custom payload. */
  public static Frame request(ProtocolVersion version, int streamId, Request message) {
    return new Frame(version, streamId, 0, false, null, Map.of(), List.of(), message);
  }

  /** A request frame, optionally traced, with an optional custom payload (null or empty: none). */
  public static Frame request(
      ProtocolVersion version,
      int streamId,
      Request message,
      boolean tracing,
      Map<String, ByteBuffer> customPayload) {
    return new Frame(version, streamId, 0, tracing, null, customPayload, List.of(), message);
  }

  /**
   * The protocol version of the envelope (v3 headers are reported as {@link ProtocolVersion#V4}).
   */
  public ProtocolVersion version() {
    return version;
  }

  /** The stream id: 0..32767 for client requests and their responses, negative for pushes. */
  public int streamId() {
    return streamId;
  }

  /** The header flags ({@code FLAG_*}). */
  public int flags() {
    return flags;
  }

  /** Whether the tracing flag is set. */
  public boolean tracingRequested() {
    return (flags & FLAG_TRACING) != 0;
  }

  /** The tracing id of a traced response, else null. */
  public UUID tracingId() {
    return tracingId;
  }

  /** The custom payload, empty if there is none. */
  public Map<String, ByteBuffer> customPayload() {
    return customPayload;
  }

  /** The server's warnings, empty if there are none. */
  public List<String> warnings() {
    return warnings;
  }

  /** The message. */
  public Message message() {
    return message;
  }

  @Override
  public String toString() {
    return "Frame[v"
        + version.code()
        + ", stream="
        + streamId
        + ", "
        + Opcode.name(message.opcode())
        + (tracingId != null ? ", tracing=" + tracingId : "")
        + (warnings.isEmpty() ? "" : ", warnings=" + warnings)
        + "]";
  }
}
