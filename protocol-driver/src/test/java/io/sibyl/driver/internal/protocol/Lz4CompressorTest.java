package io.sibyl.driver.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.DriverException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Lz4CompressorTest {
  private static final byte[] TEXT =
      "the quick brown fox jumps over the lazy dog; ".repeat(50).getBytes(StandardCharsets.UTF_8);

  private final Compressor lz4 = Compressor.lz4();

  @Test
  void should_be_named_lz4() {
    assertThat(lz4.algorithm()).isEqualTo("lz4");
    assertThat(Compressor.forAlgorithm("lz4")).isInstanceOf(Lz4Compressor.class);
    assertThat(Compressor.forAlgorithm(null)).isNull();
  }

  @Test
  void should_refuse_snappy() {
    assertThatThrownBy(() -> Compressor.forAlgorithm("snappy"))
        .isInstanceOf(DriverException.class)
        .hasMessageContaining("lz4");
  }

  @Test
  void should_round_trip_through_direct_buffers() {
    roundTrip(
        PooledByteBufAllocator.DEFAULT.directBuffer().writeBytes(TEXT),
        PooledByteBufAllocator.DEFAULT.directBuffer(),
        PooledByteBufAllocator.DEFAULT.directBuffer());
  }

  @Test
  void should_round_trip_through_heap_buffers() {
    roundTrip(
        PooledByteBufAllocator.DEFAULT.heapBuffer().writeBytes(TEXT),
        PooledByteBufAllocator.DEFAULT.heapBuffer(),
        PooledByteBufAllocator.DEFAULT.heapBuffer());
  }

  @Test
  void should_round_trip_from_a_composite_source_into_a_composite_destination() {
    CompositeByteBuf source = Unpooled.compositeBuffer();
    source.addComponent(true, Unpooled.wrappedBuffer(TEXT, 0, 100));
    source.addComponent(true, Unpooled.wrappedBuffer(TEXT, 100, TEXT.length - 100));
    CompositeByteBuf decompressed = Unpooled.compositeBuffer();
    decompressed.addComponent(true, Unpooled.buffer(10));
    decompressed.addComponent(true, Unpooled.buffer(10));
    decompressed.clear();
    roundTrip(source, Unpooled.buffer(), decompressed);
  }

  @Test
  void should_refuse_a_block_that_decompresses_to_another_length() {
    ByteBuf source = Unpooled.wrappedBuffer(TEXT);
    ByteBuf compressed = Unpooled.buffer();
    ByteBuf out = Unpooled.buffer();
    try {
      lz4.compress(source, compressed);
      assertThatThrownBy(
              () -> lz4.decompress(compressed, compressed.readableBytes(), out, TEXT.length + 1))
          .isInstanceOf(IllegalArgumentException.class);
    } finally {
      source.release();
      compressed.release();
      out.release();
    }
  }

  private void roundTrip(ByteBuf source, ByteBuf compressed, ByteBuf decompressed) {
    try {
      int length = lz4.compress(source, compressed);
      assertThat(source.isReadable()).isFalse();
      assertThat(compressed.readableBytes()).isEqualTo(length).isLessThan(TEXT.length);
      lz4.decompress(compressed, length, decompressed, TEXT.length);
      assertThat(compressed.isReadable()).isFalse();
      assertThat(Bytes.of(decompressed)).isEqualTo(TEXT);
    } finally {
      source.release();
      compressed.release();
      decompressed.release();
    }
  }
}
