package io.sibyl.driver.internal.codec;

import static io.sibyl.driver.internal.codec.CodecTesting.bytes;
import static io.sibyl.driver.internal.codec.CodecTesting.hex;
import static io.sibyl.driver.internal.codec.CodecTesting.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidAndInetCodecsTest {
  private static final UUID RANDOM = UUID.fromString("123e4567-e89b-42d3-a456-426614174000");
  private static final UUID TIME_BASED = UUID.fromString("d2177dd0-eaa2-11de-a572-001b779c76e3");

  @Test
  void should_encode_uuids_most_significant_bits_first() {
    assertThat(hex(UuidCodec.UUID_CODEC.encode(RANDOM)))
        .isEqualTo("123e4567e89b42d3a456426614174000");
    assertThat(roundTrip(UuidCodec.UUID_CODEC, RANDOM)).isEqualTo(RANDOM);
    assertThat(roundTrip(UuidCodec.TIMEUUID, TIME_BASED)).isEqualTo(TIME_BASED);
    assertThat(roundTrip(UuidCodec.UUID_CODEC, new UUID(-1, -1))).isEqualTo(new UUID(-1, -1));
  }

  @Test
  void should_refuse_non_time_based_uuids_as_timeuuid() {
    assertThatThrownBy(() -> UuidCodec.TIMEUUID.encode(RANDOM))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("version 4")
        .hasMessageContaining("timeuuid");
  }

  @Test
  void should_reject_uuids_of_the_wrong_size() {
    assertThatThrownBy(() -> UuidCodec.UUID_CODEC.decode(bytes("0102")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("uuid")
        .hasMessageContaining("expected 16 bytes but got 2");
  }

  @Test
  void should_format_uuids_bare_and_parse_them() {
    assertThat(UuidCodec.UUID_CODEC.format(RANDOM)).isEqualTo(RANDOM.toString());
    assertThat(UuidCodec.UUID_CODEC.parse(RANDOM.toString().toUpperCase())).isEqualTo(RANDOM);
    assertThatThrownBy(() -> UuidCodec.UUID_CODEC.parse("1-2-3-4-5"))
        .isInstanceOf(CodecException.class);
  }

  @Test
  void should_round_trip_ipv4_and_ipv6_addresses() throws Exception {
    InetAddress v4 = InetAddress.getByName("192.168.0.1");
    InetAddress v6 = InetAddress.getByName("2001:db8::ff00:42:8329");
    assertThat(hex(InetCodec.INSTANCE.encode(v4))).isEqualTo("c0a80001");
    assertThat(roundTrip(InetCodec.INSTANCE, v4)).isEqualTo(v4).isInstanceOf(Inet4Address.class);
    assertThat(hex(InetCodec.INSTANCE.encode(v6))).isEqualTo("20010db8000000000000ff0000428329");
    assertThat(roundTrip(InetCodec.INSTANCE, v6)).isEqualTo(v6);
  }

  @Test
  void should_keep_ipv4_mapped_ipv6_addresses_sixteen_bytes_long() {
    var mapped = bytes("00000000000000000000ffff01020304");
    InetAddress decoded = InetCodec.INSTANCE.decode(mapped);
    assertThat(decoded).isInstanceOf(Inet6Address.class);
    assertThat(InetCodec.INSTANCE.encode(decoded).remaining()).isEqualTo(16);
  }

  @Test
  void should_reject_inet_values_that_are_neither_4_nor_16_bytes() {
    assertThatThrownBy(() -> InetCodec.INSTANCE.decode(bytes("0102030405")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("4 bytes (IPv4) or 16 bytes (IPv6) but got 5");
  }

  @Test
  void should_format_and_parse_inet_literals_without_resolving_names() throws Exception {
    assertThat(InetCodec.INSTANCE.format(InetAddress.getByName("10.0.0.1")))
        .isEqualTo("'10.0.0.1'");
    assertThat(InetCodec.INSTANCE.parse("'::1'")).isEqualTo(InetAddress.getByName("::1"));
    assertThat(InetCodec.INSTANCE.parse("127.0.0.1")).isEqualTo(InetAddress.getByName("127.0.0.1"));
    assertThatThrownBy(() -> InetCodec.INSTANCE.parse("'localhost'"))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("IPv4 or IPv6");
  }
}
