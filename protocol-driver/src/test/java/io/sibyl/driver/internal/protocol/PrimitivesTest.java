package io.sibyl.driver.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrimitivesTest {
  private final ByteBuf buf = Unpooled.buffer();

  @AfterEach
  void release() {
    buf.release();
  }

  private <T> void assertRoundTrip(
      T value,
      BiConsumer<ByteBuf, T> writer,
      Function<ByteBuf, T> reader,
      int expectedSize,
      byte[] expectedBytes) {
    writer.accept(buf, value);
    assertThat(Bytes.of(buf)).isEqualTo(expectedBytes);
    assertThat(buf.readableBytes()).isEqualTo(expectedSize);
    assertThat(reader.apply(buf)).isEqualTo(value);
    assertThat(buf.isReadable()).isFalse();
  }

  @Test
  void should_write_and_read_a_string_as_utf8_with_a_short_length() {
    String value = "héllo";
    assertRoundTrip(
        value,
        Primitives::writeString,
        Primitives::readString,
        Primitives.sizeOfString(value),
        Bytes.builder().int16(6).hex("68 c3 a9 6c 6c 6f").build());
  }

  @Test
  void should_write_and_read_a_long_string() {
    String value = "SELECT * FROM t";
    assertRoundTrip(
        value,
        Primitives::writeLongString,
        Primitives::readLongString,
        Primitives.sizeOfLongString(value),
        Bytes.builder().longString(value).build());
  }

  @Test
  void should_refuse_a_string_over_65535_utf8_bytes() {
    assertThatThrownBy(() -> Primitives.writeString(buf, "é".repeat(40000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65535");
  }

  @Test
  void should_write_and_read_a_string_list() {
    List<String> value = List.of("a", "bc");
    assertRoundTrip(
        value,
        Primitives::writeStringList,
        Primitives::readStringList,
        Primitives.sizeOfStringList(value),
        Bytes.builder().stringList("a", "bc").build());
  }

  @Test
  void should_write_and_read_a_uuid() {
    UUID value = UUID.fromString("01234567-89ab-cdef-0123-456789abcdef");
    assertRoundTrip(
        value,
        Primitives::writeUuid,
        Primitives::readUuid,
        Primitives.UUID_SIZE,
        Bytes.builder().hex("0123456789abcdef0123456789abcdef").build());
  }

  @Test
  void should_write_and_read_bytes_and_null_bytes() {
    ByteBuffer value = ByteBuffer.wrap(new byte[] {1, 2, 3});
    assertRoundTrip(
        value,
        Primitives::writeBytes,
        Primitives::readBytes,
        Primitives.sizeOfBytes(value),
        Bytes.builder().bytes(new byte[] {1, 2, 3}).build());
    assertThat(value.position()).isZero();

    Primitives.writeBytes(buf, (ByteBuffer) null);
    assertThat(Bytes.of(buf)).isEqualTo(Bytes.builder().int32(-1).build());
    assertThat(Primitives.readBytes(buf)).isNull();
    assertThat(Primitives.sizeOfBytes((ByteBuffer) null)).isEqualTo(4);
  }

  @Test
  void should_write_only_the_remaining_bytes_of_a_direct_buffer() {
    ByteBuffer direct = ByteBuffer.allocateDirect(4).put(new byte[] {9, 1, 2, 3}).flip();
    direct.position(1);
    Primitives.writeBytes(buf, direct);
    assertThat(Bytes.of(buf)).isEqualTo(Bytes.builder().bytes(new byte[] {1, 2, 3}).build());
    assertThat(direct.position()).isEqualTo(1);
  }

  @Test
  void should_write_and_read_values_null_and_unset() {
    Primitives.writeValue(buf, ByteBuffer.wrap(new byte[] {7}));
    Primitives.writeValue(buf, null);
    Primitives.writeValue(buf, Primitives.UNSET);
    assertThat(Bytes.of(buf))
        .isEqualTo(Bytes.builder().int32(1).int8(7).int32(-1).int32(-2).build());
    assertThat(Primitives.readValue(buf)).isEqualTo(ByteBuffer.wrap(new byte[] {7}));
    assertThat(Primitives.readValue(buf)).isNull();
    assertThat(Primitives.readValue(buf)).isSameAs(Primitives.UNSET);
    assertThat(Primitives.sizeOfValue(Primitives.UNSET)).isEqualTo(4);
  }

  @Test
  void should_refuse_a_value_length_below_minus_two() {
    buf.writeInt(-3);
    assertThatThrownBy(() -> Primitives.readValue(buf))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_refuse_bytes_longer_than_what_is_left() {
    buf.writeInt(1000).writeByte(1);
    assertThatThrownBy(() -> Primitives.readBytes(buf))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void should_write_and_read_short_bytes() {
    byte[] value = {(byte) 0xca, (byte) 0xfe};
    Primitives.writeShortBytes(buf, value);
    assertThat(Bytes.of(buf)).isEqualTo(Bytes.builder().hex("0002cafe").build());
    assertThat(Primitives.sizeOfShortBytes(value)).isEqualTo(4);
    assertThat(Primitives.readShortBytes(buf)).isEqualTo(value);
  }

  @Test
  void should_write_and_read_an_inet_v4_and_v6() throws Exception {
    InetSocketAddress v4 = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 9042);
    assertRoundTrip(
        v4,
        Primitives::writeInet,
        Primitives::readInet,
        Primitives.sizeOfInet(v4),
        Bytes.builder().int8(4).hex("7f000001").int32(9042).build());
    InetSocketAddress v6 = new InetSocketAddress(InetAddress.getByName("::1"), 9043);
    assertRoundTrip(
        v6,
        Primitives::writeInet,
        Primitives::readInet,
        1 + 16 + 4,
        Bytes.builder().int8(16).hex("00000000000000000000000000000001").int32(9043).build());
  }

  @Test
  void should_write_and_read_an_inetaddr() throws Exception {
    InetAddress value = InetAddress.getByName("10.0.0.2");
    assertRoundTrip(
        value,
        Primitives::writeInetAddr,
        Primitives::readInetAddr,
        Primitives.sizeOfInetAddr(value),
        Bytes.builder().int8(4).hex("0a000002").build());
  }

  @Test
  void should_refuse_an_inetaddr_of_odd_length() {
    buf.writeByte(5).writeZero(5);
    assertThatThrownBy(() -> Primitives.readInetAddr(buf))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_write_and_read_a_consistency() {
    Primitives.writeConsistency(buf, 0x000A);
    assertThat(Bytes.of(buf)).isEqualTo(Bytes.builder().int16(10).build());
    assertThat(Primitives.readConsistency(buf)).isEqualTo(10);
  }

  @Test
  void should_write_and_read_a_string_map_in_order() {
    Map<String, String> value = new LinkedHashMap<>();
    value.put("CQL_VERSION", "3.0.0");
    value.put("COMPRESSION", "lz4");
    assertRoundTrip(
        value,
        Primitives::writeStringMap,
        Primitives::readStringMap,
        Primitives.sizeOfStringMap(value),
        Bytes.builder()
            .int16(2)
            .string("CQL_VERSION")
            .string("3.0.0")
            .string("COMPRESSION")
            .string("lz4")
            .build());
  }

  @Test
  void should_write_and_read_a_string_multimap() {
    Map<String, List<String>> value = new LinkedHashMap<>();
    value.put("PROTOCOL_VERSIONS", List.of("4/v4", "5/v5"));
    value.put("COMPRESSION", List.of());
    assertRoundTrip(
        value,
        Primitives::writeStringMultimap,
        Primitives::readStringMultimap,
        Primitives.sizeOfStringMultimap(value),
        Bytes.builder()
            .int16(2)
            .string("PROTOCOL_VERSIONS")
            .stringList("4/v4", "5/v5")
            .string("COMPRESSION")
            .stringList()
            .build());
  }

  @Test
  void should_write_and_read_a_bytes_map() {
    Map<String, ByteBuffer> value = new LinkedHashMap<>();
    value.put("k", ByteBuffer.wrap(new byte[] {1}));
    value.put("n", null);
    assertRoundTrip(
        value,
        Primitives::writeBytesMap,
        Primitives::readBytesMap,
        Primitives.sizeOfBytesMap(value),
        Bytes.builder().int16(2).string("k").bytes(new byte[] {1}).string("n").bytes(null).build());
  }

  @Test
  void should_encode_the_spec_example_of_an_unsigned_vint() {
    // Spec: 256 000 is [110]00011 11101000 00000000.
    Primitives.writeUnsignedVInt(buf, 256_000);
    assertThat(Bytes.of(buf)).isEqualTo(Bytes.builder().hex("c3e800").build());
    assertThat(Primitives.sizeOfUnsignedVInt(256_000)).isEqualTo(3);
    assertThat(Primitives.readUnsignedVInt(buf)).isEqualTo(256_000);
  }

  @Test
  void should_encode_a_full_64_bit_unsigned_vint_on_nine_bytes() {
    Primitives.writeUnsignedVInt(buf, -1L);
    assertThat(Bytes.of(buf)).isEqualTo(Bytes.builder().hex("ff ffffffffffffffff").build());
    assertThat(Primitives.readUnsignedVInt(buf)).isEqualTo(-1L);
  }

  @ParameterizedTest
  @ValueSource(
      longs = {
        0,
        1,
        127,
        128,
        16383,
        16384,
        (1L << 21) - 1,
        1L << 21,
        (1L << 56) - 1,
        1L << 56,
        Long.MAX_VALUE
      })
  void should_round_trip_unsigned_vints_with_the_announced_size(long value) {
    Primitives.writeUnsignedVInt(buf, value);
    assertThat(buf.readableBytes()).isEqualTo(Primitives.sizeOfUnsignedVInt(value));
    assertThat(Primitives.readUnsignedVInt(buf)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 1, -2, 2, 63, -64, 64, Long.MIN_VALUE, Long.MAX_VALUE})
  void should_round_trip_zig_zag_vints(long value) {
    Primitives.writeVInt(buf, value);
    assertThat(buf.readableBytes()).isEqualTo(Primitives.sizeOfVInt(value));
    assertThat(Primitives.readVInt(buf)).isEqualTo(value);
  }

  @Test
  void should_zig_zag_small_negative_numbers_to_small_codes() {
    Primitives.writeVInt(buf, -1);
    Primitives.writeVInt(buf, 1);
    Primitives.writeVInt(buf, -3);
    assertThat(Bytes.of(buf)).isEqualTo(Bytes.builder().hex("010205").build());
  }

  @Test
  void should_refuse_a_short_out_of_range() {
    assertThatThrownBy(() -> Primitives.writeShort(buf, 65536))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Primitives.writeShort(buf, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
