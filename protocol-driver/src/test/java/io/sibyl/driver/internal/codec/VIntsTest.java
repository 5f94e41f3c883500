package io.sibyl.driver.internal.codec;

import static io.sibyl.driver.internal.codec.CodecTesting.bytes;
import static io.sibyl.driver.internal.codec.CodecTesting.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.type.DataTypes;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VIntsTest {

  @Test
  void should_encode_the_spec_example_on_three_bytes() {
    ByteBuffer buffer = ByteBuffer.allocate(9);
    VInts.writeUnsigned(buffer, 256_000);
    assertThat(hex(buffer.flip())).isEqualTo("c3e800");
  }

  @Test
  void should_use_nine_bytes_for_full_64_bit_values() {
    ByteBuffer buffer = ByteBuffer.allocate(9);
    VInts.writeUnsigned(buffer, -1L);
    assertThat(hex(buffer.flip())).isEqualTo("ffffffffffffffffff");
  }

  @ParameterizedTest
  @ValueSource(
      longs = {0, 1, 127, 128, 16_383, 16_384, 1L << 56, (1L << 56) - 1, Long.MAX_VALUE, -1})
  void should_round_trip_unsigned_vints(long value) {
    ByteBuffer buffer = ByteBuffer.allocate(9);
    VInts.writeUnsigned(buffer, value);
    assertThat(buffer.position()).isEqualTo(VInts.unsignedSize(value));
    ByteCursor cursor = new ByteCursor(buffer.flip(), DataTypes.DURATION);
    assertThat(cursor.readUnsignedVInt()).isEqualTo(value);
    assertThat(cursor.remaining()).isZero();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, -1, 63, -64, 64, Long.MIN_VALUE, Long.MAX_VALUE})
  void should_round_trip_signed_vints(long value) {
    ByteBuffer buffer = ByteBuffer.allocate(9);
    VInts.writeSigned(buffer, value);
    assertThat(buffer.position()).isEqualTo(VInts.signedSize(value));
    assertThat(new ByteCursor(buffer.flip(), DataTypes.DURATION).readVInt()).isEqualTo(value);
  }

  @Test
  void should_zig_zag_small_signed_values_as_the_spec_says() {
    assertThat(new ByteCursor(bytes("03"), DataTypes.DURATION).readVInt()).isEqualTo(-2);
    assertThat(new ByteCursor(bytes("04"), DataTypes.DURATION).readVInt()).isEqualTo(2);
  }
}
