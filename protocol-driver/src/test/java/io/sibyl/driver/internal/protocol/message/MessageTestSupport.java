package io.sibyl.driver.internal.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Request;
import java.util.function.BiFunction;

/** Encode and decode helpers shared by the message tests. */
final class MessageTestSupport {
  private MessageTestSupport() {}

  /** Asserts that {@code request} encodes to exactly {@code expected}, as its size announces. */
  static void assertEncodes(Request request, ProtocolVersion version, byte[] expected) {
    assertThat(request.encodedSize(version)).as("encodedSize").isEqualTo(expected.length);
    ByteBuf out = ByteBufAllocator.DEFAULT.buffer(expected.length);
    try {
      request.encode(out, version);
      assertThat(Bytes.of(out)).isEqualTo(expected);
    } finally {
      out.release();
    }
  }

  /** Decodes a body, checks that it was fully read and not retained. */
  static <T> T decode(
      byte[] body, ProtocolVersion version, BiFunction<ByteBuf, ProtocolVersion, T> decoder) {
    ByteBuf in = Unpooled.wrappedBuffer(body);
    try {
      T message = decoder.apply(in, version);
      assertThat(in.isReadable()).as("unread bytes").isFalse();
      assertThat(in.refCnt()).isEqualTo(1);
      return message;
    } finally {
      in.release();
    }
  }
}
