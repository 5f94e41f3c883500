package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * The CRC32 that protects v5 outer frame payloads: the JDK's CRC-32 of the four bytes {@code FA 2D
 * 55 CA} followed by the payload. The native_protocol_v5.spec text omits that prefix; Cassandra's
 * implementation (and so every peer) uses it.
 *
 * <p>An instance reuses one {@link CRC32} and is not thread-safe: use one per connection.
 */
public final class Crc32 {
  private static final byte[] PREFIX = {(byte) 0xFA, (byte) 0x2D, (byte) 0x55, (byte) 0xCA};

  private final CRC32 crc = new CRC32();

  /** The CRC32 of {@code length} bytes of {@code buf} from {@code index}; indexes are unchanged. */
  public int compute(ByteBuf buf, int index, int length) {
    crc.reset();
    crc.update(PREFIX, 0, PREFIX.length);
    if (buf.nioBufferCount() == 1) {
      crc.update(buf.internalNioBuffer(index, length));
    } else {
      for (ByteBuffer component : buf.nioBuffers(index, length)) {
        crc.update(component);
      }
    }
    return (int) crc.getValue();
  }

  /** The CRC32 of a whole array. */
  public static int of(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(PREFIX, 0, PREFIX.length);
    crc.update(bytes, 0, bytes.length);
    return (int) crc.getValue();
  }
}
