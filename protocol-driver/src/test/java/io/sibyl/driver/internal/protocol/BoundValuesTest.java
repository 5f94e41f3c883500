package io.sibyl.driver.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoundValuesTest {

  private static byte[] written(BoundValues values) {
    ByteBuf out = Unpooled.buffer();
    try {
      values.writeTo(out);
      assertThat(out.readableBytes()).isEqualTo(values.encodedSize());
      byte[] bytes = new byte[out.readableBytes()];
      out.readBytes(bytes);
      return bytes;
    } finally {
      out.release();
    }
  }

  private static byte[] writtenOneByOne(ByteBuffer[] values) {
    ByteBuf out = Unpooled.buffer();
    try {
      for (ByteBuffer value : values) {
        Primitives.writeValue(out, value);
      }
      byte[] bytes = new byte[out.readableBytes()];
      out.readBytes(bytes);
      return bytes;
    } finally {
      out.release();
    }
  }

  @Test
  void should_write_unset_null_and_values_as_the_protocol_s_value() {
    BoundValues values = new BoundValues(4, null);
    values.setInt(1, 0x01020304);
    values.setNull(2);
    values.setLong(3, 0x0102030405060708L);

    assertThat(written(values))
        .isEqualTo(
            new byte[] {
              -1, -1, -1, -2, // unset
              0, 0, 0, 4, 1, 2, 3, 4, -1, -1, -1, -1, // null
              0, 0, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8
            });
    assertThat(written(values)).isEqualTo(writtenOneByOne(values.toArray()));
  }

  @Test
  void should_encode_strings_as_the_jdk_does_including_lone_surrogates() {
    Random random = new Random(19);
    char[] alphabet = {
      'a', 'Z', '0', 'é', 'ß', '€', '☃', '\uD83D', '\uDE00', '\uDBFF', '\uDFFF', '\u07FF', '\u0800',
      '\uFFFF', 0
    };
    for (int n = 0; n < 2_000; n++) {
      char[] chars = new char[random.nextInt(12)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(chars);
      BoundValues values = new BoundValues(1, null);
      values.setUtf8(0, text);

      assertThat(values.get(0)).isEqualTo(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void should_stay_bounded_when_the_same_variables_are_set_again_and_again() {
    BoundValues values = new BoundValues(3, null);
    for (int i = 0; i < 100_000; i++) {
      values.setInt(0, i);
      values.setUtf8(1, "value number " + i);
      values.setLong(2, i);
    }

    assertThat(values.capacity()).isLessThan(256);
    assertThat(values.get(1))
        .isEqualTo(ByteBuffer.wrap("value number 99999".getBytes(StandardCharsets.UTF_8)));
    assertThat(values.get(0).getInt()).isEqualTo(99_999);
  }

  @Test
  void should_start_the_next_statement_with_the_room_the_last_one_needed() {
    BoundValues.SizeHint hint = new BoundValues.SizeHint();
    BoundValues first = new BoundValues(2, hint);
    first.setUtf8(0, "x".repeat(100));
    first.setLong(1, 1L);
    first.recordSize(); // sent

    BoundValues second = new BoundValues(2, hint);

    assertThat(second.capacity()).isGreaterThanOrEqualTo(4 + 100 + 4 + 8);
    BoundValues huge = new BoundValues(1, hint);
    huge.setBytes(0, ByteBuffer.allocate(100_000));
    assertThat(new BoundValues(1, hint).capacity()).isLessThanOrEqualTo(BoundValues.MAX_HINT);
  }

  @Test
  void should_leave_bytes_already_written_unchanged_when_a_value_is_replaced() {
    BoundValues values = new BoundValues(1, null);
    values.setInt(0, 1);
    ByteBuffer before = values.view(0);

    values.setInt(0, 2);

    assertThat(before.getInt(0)).isEqualTo(1);
    assertThat(values.view(0).getInt(0)).isEqualTo(2);
  }
}
