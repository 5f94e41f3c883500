package io.sibyl.bench.jmh;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.FrameCodec;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.SegmentCodec;

/** The bytes a server sends for one RESULT: an envelope, compressed in v4, framed in v5. */
final class ResponseBytes {
  private static final int RESPONSE_BIT = 0x80;
  private static final int FLAG_COMPRESSED = 0x01;

  private ResponseBytes() {}

  static byte[] wire(ProtocolVersion version, Compressor compressorOrNull, byte[] resultBody) {
    ByteBuf envelope = Unpooled.buffer();
    ByteBuf out = Unpooled.buffer();
    try {
      boolean compressEnvelope = version == ProtocolVersion.V4 && compressorOrNull != null;
      envelope.writeByte(RESPONSE_BIT | version.code());
      envelope.writeByte(compressEnvelope ? FLAG_COMPRESSED : 0);
      envelope.writeShort(42);
      envelope.writeByte(Opcode.RESULT);
      envelope.writeInt(0);
      if (compressEnvelope) {
        envelope.writeInt(resultBody.length);
        compressorOrNull.compress(Unpooled.wrappedBuffer(resultBody), envelope);
      } else {
        envelope.writeBytes(resultBody);
      }
      envelope.setInt(5, envelope.writerIndex() - FrameCodec.HEADER_LENGTH);
      if (version == ProtocolVersion.V4) {
        return ByteBufUtil.getBytes(envelope);
      }
      new SegmentCodec(compressorOrNull).encode(envelope, true, out);
      return ByteBufUtil.getBytes(out);
    } finally {
      envelope.release();
      out.release();
    }
  }
}
