package io.sibyl.driver.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

/** Known answers computed with Cassandra 5.0's own implementation ({@code net.Crc.crc32}). */
class Crc32Test {
  private final Crc32 crc32 = new Crc32();

  @Test
  void should_match_cassandra_for_the_check_string() {
    assertThat(Crc32.of(Bytes.ascii("123456789"))).isEqualTo(0xe2a261a7);
  }

  @Test
  void should_match_cassandra_for_no_bytes() {
    assertThat(Crc32.of(new byte[0])).isEqualTo(0x44777ed3);
  }

  @Test
  void should_match_cassandra_for_a_short_payload() {
    assertThat(Crc32.of(new byte[] {1, 2, 3, 4, 5})).isEqualTo(0xc715bf06);
  }

  @Test
  void should_compute_over_a_range_of_a_direct_buffer_without_moving_its_indexes() {
    ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer();
    try {
      buf.writeBytes(new byte[] {9, 9, 1, 2, 3, 4, 5, 9});
      buf.readerIndex(1);
      assertThat(crc32.compute(buf, 2, 5)).isEqualTo(0xc715bf06);
      assertThat(buf.readerIndex()).isEqualTo(1);
      assertThat(buf.writerIndex()).isEqualTo(8);
    } finally {
      buf.release();
    }
  }

  @Test
  void should_compute_over_a_composite_buffer() {
    CompositeByteBuf buf = Unpooled.compositeBuffer();
    try {
      buf.addComponent(true, Unpooled.wrappedBuffer(Bytes.ascii("1234")));
      buf.addComponent(true, Unpooled.wrappedBuffer(Bytes.ascii("56789")));
      assertThat(crc32.compute(buf, 0, 9)).isEqualTo(0xe2a261a7);
    } finally {
      buf.release();
    }
  }
}
