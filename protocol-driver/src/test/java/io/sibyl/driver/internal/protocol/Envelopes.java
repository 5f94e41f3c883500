package io.sibyl.driver.internal.protocol;

/** Builds raw envelopes for tests, as a server would send them. */
public final class Envelopes {
  private Envelopes() {}

  /** A response envelope: version byte with the response bit, flags, stream, opcode, body. */
  public static byte[] response(int version, int flags, int streamId, int opcode, byte[] body) {
    return Bytes.builder()
        .int8(0x80 | version)
        .int8(flags)
        .int16(streamId)
        .int8(opcode)
        .int32(body.length)
        .raw(body)
        .build();
  }

  /** A response envelope without flags. */
  public static byte[] response(int version, int streamId, int opcode, byte[] body) {
    return response(version, 0, streamId, opcode, body);
  }

  /** A READY response. */
  public static byte[] ready(int version, int streamId) {
    return response(version, streamId, Opcode.READY, new byte[0]);
  }

  /** A Void RESULT response. */
  public static byte[] voidResult(int version, int streamId) {
    return response(version, streamId, Opcode.RESULT, Bytes.builder().int32(1).build());
  }

  /** A Void RESULT response padded with {@code extra} trailing bytes (which decoders ignore). */
  public static byte[] paddedVoidResult(int version, int streamId, int extra) {
    return response(
        version, streamId, Opcode.RESULT, Bytes.builder().int32(1).raw(new byte[extra]).build());
  }
}
