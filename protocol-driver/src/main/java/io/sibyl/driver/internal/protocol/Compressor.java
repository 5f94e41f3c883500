package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.DriverException;

/**
 * Block compression for the native protocol: v4 envelope bodies (where {@link FrameCodec} adds the
 * 4-byte uncompressed length in front of the block) and v5 compressed outer frames (where {@link
 * SegmentCodec} keeps both lengths in the frame header). Implementations are stateless and
 * thread-safe.
 */
public interface Compressor {
  /** The algorithm's name in the STARTUP {@code COMPRESSION} option, e.g. {@code "lz4"}. */
  String algorithm();

  /** An upper bound of the compressed size of {@code length} bytes. */
  int maxCompressedLength(int length);

  /**
   * An upper bound of what {@code compressedLength} bytes can decompress to. Decoders check the
   * uncompressed length a peer announces against it before allocating, so that a few corrupt or
   * hostile bytes cannot ask for hundreds of megabytes.
   */
  long maxDecompressedLength(int compressedLength);

  /**
   * Compresses all readable bytes of {@code src} into {@code dst} as one raw block, advancing both
   * indexes. Neither buffer is released.
   *
   * @return the compressed length
   */
  int compress(ByteBuf src, ByteBuf dst);

  /**
   * Decompresses the next {@code compressedLength} readable bytes of {@code src} into {@code dst},
   * advancing both indexes. Neither buffer is released.
   *
   * @throws IllegalArgumentException if the block is corrupt or does not decompress to exactly
   *     {@code uncompressedLength} bytes
   */
  void decompress(ByteBuf src, int compressedLength, ByteBuf dst, int uncompressedLength);

  /**
   * Returns the compressor for a STARTUP {@code COMPRESSION} value: null for none.
   *
   * @throws DriverException if the algorithm is not supported or its library is missing
   */
  static Compressor forAlgorithm(String algorithmOrNull) {
    if (algorithmOrNull == null || algorithmOrNull.isEmpty() || algorithmOrNull.equals("none")) {
      return null;
    }
    if (algorithmOrNull.equalsIgnoreCase("lz4")) {
      return lz4();
    }
    throw new DriverException(
        "Unsupported protocol compression '"
            + algorithmOrNull
            + "': Sibyl supports only lz4 (or no compression)");
  }

  /**
   * Returns the LZ4 compressor.
   *
   * @throws DriverException if lz4-java is not on the class path
   */
  static Compressor lz4() {
    // Probe by name first: loading Lz4Compressor itself without lz4-java fails with a
    // NoClassDefFoundError that says nothing useful.
    try {
      Class.forName("net.jpountz.lz4.LZ4Factory", false, Compressor.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new DriverException(
          "LZ4 compression was asked for but lz4-java is not on the class path: add the"
              + " dependency at.yawk.lz4:lz4-java, or turn protocol compression off",
          e);
    }
    return Lz4Compressor.create();
  }
}
