package io.sibyl.driver.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Known answers computed with Cassandra 5.0's own implementation ({@code net.Crc.crc24}). */
class Crc24Test {
  @Test
  void should_match_cassandra_for_an_uncompressed_header() {
    // Payload length 5, self-contained.
    assertThat(Crc24.compute(5 | (1L << 17), 3)).isEqualTo(0x9a9919);
  }

  @Test
  void should_match_cassandra_for_zero_bytes() {
    assertThat(Crc24.compute(0L, 3)).isEqualTo(0x7de777);
  }

  @Test
  void should_match_cassandra_for_the_largest_payload_length() {
    assertThat(Crc24.compute(131071L, 3)).isEqualTo(0xfe9138);
  }

  @Test
  void should_match_cassandra_for_a_compressed_header() {
    // Compressed length 20, uncompressed length 100, self-contained.
    assertThat(Crc24.compute(20L | (100L << 17) | (1L << 34), 5)).isEqualTo(0xc8536d);
  }

  @Test
  void should_give_the_same_crc_from_a_buffer_as_from_a_long() {
    ByteBuf buf = Unpooled.buffer();
    try {
      long header = 20L | (100L << 17) | (1L << 34);
      for (int i = 0; i < 5; i++) {
        buf.writeByte((int) (header >>> (8 * i)));
      }
      assertThat(Crc24.compute(buf, 0, 5)).isEqualTo(0xc8536d);
    } finally {
      buf.release();
    }
  }

  @Test
  void should_agree_with_a_bit_by_bit_reference() {
    Random random = new Random(7);
    for (int i = 0; i < 1000; i++) {
      long bytes = random.nextLong();
      int length = 1 + random.nextInt(8);
      assertThat(Crc24.compute(bytes, length)).isEqualTo(bitwise(bytes, length));
    }
  }

  /** The spec's definition, one bit at a time. */
  private static int bitwise(long bytes, int length) {
    int crc = 0x875060;
    for (int i = 0; i < length; i++) {
      crc ^= (int) ((bytes >>> (8 * i)) & 0xFF) << 16;
      for (int bit = 0; bit < 8; bit++) {
        crc <<= 1;
        if ((crc & 0x1000000) != 0) {
          crc ^= 0x1974F0B;
        }
      }
    }
    return crc;
  }
}
