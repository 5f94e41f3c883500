package io.sibyl.driver.internal.codec;

import static io.sibyl.driver.internal.codec.CodecTesting.bytes;
import static io.sibyl.driver.internal.codec.CodecTesting.hex;
import static io.sibyl.driver.internal.codec.CodecTesting.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.CustomType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextAndBytesCodecsTest {

  @Test
  void should_round_trip_text_including_empty_and_non_ascii() {
    for (String value : new String[] {"", "hello", "it's", "日本語 🎉", "\u0000nul", "a\nb"}) {
      assertThat(roundTrip(TextCodec.TEXT, value)).isEqualTo(value);
    }
    assertThat(TextCodec.TEXT.decode(ByteBuffer.allocate(0))).isEmpty();
    assertThat(TextCodec.TEXT.decode(null)).isNull();
  }

  @Test
  void should_encode_text_as_utf8() {
    assertThat(hex(TextCodec.TEXT.encode("é"))).isEqualTo("c3a9");
    assertThat(hex(TextCodec.ASCII.encode("AZ"))).isEqualTo("415a");
  }

  @Test
  void should_decode_text_from_a_direct_buffer() {
    ByteBuffer direct = ByteBuffer.allocateDirect(5);
    direct.put("héllo".getBytes(StandardCharsets.UTF_8), 0, 5).flip();
    assertThat(TextCodec.TEXT.decode(direct)).isEqualTo("héll");
    assertThat(direct.position()).isZero();
  }

  @Test
  void should_reject_non_ascii_characters_in_ascii() {
    assertThatThrownBy(() -> TextCodec.ASCII.encode("café"))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("ascii")
        .hasMessageContaining("index 3");
  }

  @Test
  void should_format_strings_with_doubled_quotes_and_parse_them_back() {
    assertThat(TextCodec.TEXT.format("it's")).isEqualTo("'it''s'");
    assertThat(TextCodec.TEXT.format("'); DROP TABLE x; --")).isEqualTo("'''); DROP TABLE x; --'");
    assertThat(TextCodec.TEXT.format(null)).isEqualTo("NULL");
    assertThat(TextCodec.TEXT.parse("'it''s'")).isEqualTo("it's");
    assertThat(TextCodec.TEXT.parse("$$it's$$")).isEqualTo("it's");
    assertThat(TextCodec.TEXT.parse("''")).isEmpty();
    assertThat(TextCodec.TEXT.parse("null")).isNull();
    assertThatThrownBy(() -> TextCodec.TEXT.parse("'it's'"))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("doubled");
    assertThatThrownBy(() -> TextCodec.TEXT.parse("bare")).isInstanceOf(CodecException.class);
  }

  @Test
  void should_copy_blobs_when_decoding_and_not_move_positions() {
    ByteBuffer source = bytes("cafebabe");
    ByteBuffer decoded = BlobCodec.BLOB.decode(source);
    source.put(0, (byte) 0);
    assertThat(hex(decoded)).isEqualTo("cafebabe");
    assertThat(source.position()).isZero();
    assertThat(roundTrip(BlobCodec.BLOB, ByteBuffer.allocate(0)).remaining()).isZero();
  }

  @Test
  void should_encode_the_blob_between_position_and_limit() {
    ByteBuffer value = bytes("00112233");
    value.position(1).limit(3);
    assertThat(hex(BlobCodec.BLOB.encode(value))).isEqualTo("1122");
    assertThat(value.position()).isEqualTo(1);
  }

  @Test
  void should_format_and_parse_blob_literals() {
    assertThat(BlobCodec.BLOB.format(bytes("00ff10"))).isEqualTo("0x00ff10");
    assertThat(BlobCodec.BLOB.format(ByteBuffer.allocate(0))).isEqualTo("0x");
    assertThat(hex(BlobCodec.BLOB.parse("0xCAFE"))).isEqualTo("cafe");
    assertThatThrownBy(() -> BlobCodec.BLOB.parse("0xabc")).hasMessageContaining("odd");
    assertThatThrownBy(() -> BlobCodec.BLOB.parse("'abc'")).hasMessageContaining("0x");
  }

  @Test
  void should_round_trip_byte_arrays() {
    byte[] value = {1, 2, 3, -1};
    assertThat(roundTrip(ByteArrayCodec.INSTANCE, value)).containsExactly(1, 2, 3, -1);
    assertThat(ByteArrayCodec.INSTANCE.format(value)).isEqualTo("0x010203ff");
    assertThat(ByteArrayCodec.INSTANCE.parse("0x01")).containsExactly(1);
  }

  @Test
  void should_keep_custom_type_values_as_raw_bytes() {
    BlobCodec codec = new BlobCodec(new CustomType("com.example.Point"));
    assertThat(hex(roundTrip(codec, bytes("0102")))).isEqualTo("0102");
    assertThat(codec.cqlType()).isEqualTo(new CustomType("com.example.Point"));
  }
}
