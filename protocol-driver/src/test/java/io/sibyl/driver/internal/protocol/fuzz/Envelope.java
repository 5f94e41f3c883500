package io.sibyl.driver.internal.protocol.fuzz;

import io.sibyl.driver.internal.protocol.FrameCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * A response envelope as the fuzzer sees it: header fields, body bytes and the positions of the
 * body's length fields. Mutable, so that mutations can edit a copy.
 */
final class Envelope {
  int version;
  int flags;
  int streamId;
  int opcode;
  byte[] body;
  List<Body.Field> fields;

  /** The body length written in the header; null for the true length. */
  Integer lengthOverride;

  /** What the envelope is, for failure reports. */
  final String name;

  Envelope(String name, int version, int flags, int streamId, int opcode, Body body) {
    this(name, version, flags, streamId, opcode, body.build(), body.fields());
  }

  private Envelope(
      String name,
      int version,
      int flags,
      int streamId,
      int opcode,
      byte[] body,
      List<Body.Field> fields) {
    this.name = name;
    this.version = version;
    this.flags = flags;
    this.streamId = streamId;
    this.opcode = opcode;
    this.body = body;
    this.fields = new ArrayList<>(fields);
  }

  Envelope copy() {
    Envelope copy = new Envelope(name, version, flags, streamId, opcode, body.clone(), fields);
    copy.lengthOverride = lengthOverride;
    return copy;
  }

  Envelope withStream(int newStreamId) {
    Envelope copy = copy();
    copy.streamId = newStreamId;
    return copy;
  }

  /** The header and body. */
  byte[] encode() {
    int length = lengthOverride != null ? lengthOverride : body.length;
    byte[] out = new byte[FrameCodec.HEADER_LENGTH + body.length];
    out[0] = (byte) (0x80 | version);
    out[1] = (byte) flags;
    out[2] = (byte) (streamId >>> 8);
    out[3] = (byte) streamId;
    out[4] = (byte) opcode;
    out[5] = (byte) (length >>> 24);
    out[6] = (byte) (length >>> 16);
    out[7] = (byte) (length >>> 8);
    out[8] = (byte) length;
    System.arraycopy(body, 0, out, FrameCodec.HEADER_LENGTH, body.length);
    return out;
  }

  @Override
  public String toString() {
    return name + "[v" + version + ", stream " + streamId + "]";
  }
}
