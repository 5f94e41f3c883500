package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.DriverException;
import java.nio.ByteBuffer;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * LZ4 block compression with lz4-java (an optional dependency). Works on the NIO views of
 * single-component buffers, direct or heap, without copying them.
 */
public final class Lz4Compressor implements Compressor {
  private static final String MISSING_LIBRARY =
      "LZ4 compression was asked for but lz4-java is not on the class path: add the dependency "
          + "at.yawk.lz4:lz4-java, or turn protocol compression off";

  /** The largest expansion of an LZ4 block. */
  private static final long MAX_RATIO = 255;

  private final net.jpountz.lz4.LZ4Compressor compressor;
  private final LZ4SafeDecompressor decompressor;

  private Lz4Compressor(LZ4Factory factory) {
    // fastestInstance() picks JNI when it loads, else the safe pure-Java implementation.
    this.compressor = factory.fastCompressor();
    this.decompressor = factory.safeDecompressor();
  }

  /**
   * Creates the compressor. Call it through {@link Compressor#lz4()}, which checks first that
   * lz4-java is on the class path.
   *
   * @throws DriverException if lz4-java cannot be initialized
   */
  public static Lz4Compressor create() {
    try {
      return new Lz4Compressor(LZ4Factory.fastestInstance());
    } catch (LinkageError e) {
      throw new DriverException(MISSING_LIBRARY, e);
    }
  }

  @Override
  public String algorithm() {
    return "lz4";
  }

  @Override
  public int maxCompressedLength(int length) {
    return compressor.maxCompressedLength(length);
  }

  /**
   * {@inheritDoc}
   *
   * <p>An LZ4 block expands at most about 255 times: the longest match costs one extra input byte
   * per 255 output bytes.
   */
  @Override
  public long maxDecompressedLength(int compressedLength) {
    return MAX_RATIO * compressedLength;
  }

  @Override
  public int compress(ByteBuf src, ByteBuf dst) {
    int length = src.readableBytes();
    int maxLength = compressor.maxCompressedLength(length);
    dst.ensureWritable(maxLength);
    ByteBuffer in = nioView(src, src.readerIndex(), length);
    int compressedLength;
    if (dst.nioBufferCount() == 1) {
      ByteBuffer out = dst.internalNioBuffer(dst.writerIndex(), maxLength);
      compressedLength =
          compressor.compress(in, in.position(), length, out, out.position(), maxLength);
    } else {
      ByteBuffer out = ByteBuffer.allocate(maxLength);
      compressedLength = compressor.compress(in, in.position(), length, out, 0, maxLength);
      dst.setBytes(dst.writerIndex(), out.array(), 0, compressedLength);
    }
    src.skipBytes(length);
    dst.writerIndex(dst.writerIndex() + compressedLength);
    return compressedLength;
  }

  @Override
  public void decompress(ByteBuf src, int compressedLength, ByteBuf dst, int uncompressedLength) {
    ByteBuffer in = nioView(src, src.readerIndex(), compressedLength);
    dst.ensureWritable(uncompressedLength);
    int written;
    try {
      if (dst.nioBufferCount() == 1) {
        ByteBuffer out = dst.internalNioBuffer(dst.writerIndex(), uncompressedLength);
        written =
            decompressor.decompress(
                in, in.position(), compressedLength, out, out.position(), uncompressedLength);
      } else {
        ByteBuffer out = ByteBuffer.allocate(uncompressedLength);
        written =
            decompressor.decompress(
                in, in.position(), compressedLength, out, 0, uncompressedLength);
        dst.setBytes(dst.writerIndex(), out.array(), 0, written);
      }
    } catch (LZ4Exception e) {
      throw new IllegalArgumentException("Corrupt LZ4 block: " + e.getMessage(), e);
    }
    if (written != uncompressedLength) {
      throw new IllegalArgumentException(
          "LZ4 block decompressed to "
              + written
              + " bytes, but its header announced "
              + uncompressedLength);
    }
    src.skipBytes(compressedLength);
    dst.writerIndex(dst.writerIndex() + uncompressedLength);
  }

  private static ByteBuffer nioView(ByteBuf buf, int index, int length) {
    if (buf.nioBufferCount() == 1) {
      return buf.internalNioBuffer(index, length);
    }
    // Composite input: one copy into a heap buffer.
    byte[] copy = new byte[length];
    buf.getBytes(index, copy);
    return ByteBuffer.wrap(copy);
  }
}
