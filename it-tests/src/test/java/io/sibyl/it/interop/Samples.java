package io.sibyl.it.interop;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rows that the interoperability tests write: ordinary values, then the edges of each type.
 * Each call builds new values, so that no test sees a buffer another one has read.
 */
final class Samples {
  private static final UUID TIME_UUID = UUID.fromString("50554d6e-29bb-11e5-b345-feff819cdc9f");
  private static final UUID RANDOM_UUID = UUID.fromString("123e4567-e89b-42d3-a456-426614174000");
  private static final UUID NIL_UUID = new UUID(0, 0);
  private static final UUID MAX_UUID = new UUID(-1, -1);

  private Samples() {}

  /** Every sample with values, one per kind of edge. */
  static List<Sample> withValues() {
    return List.of(typical(), minimums(), maximums(), specials(), empties(), infinities());
  }

  /** A row whose every column is null. */
  static Sample nulls() {
    return Sample.allNull("every column null", 7);
  }

  private static Sample typical() {
    return Sample.builder("typical values", 1)
        .set("ascii_value", "Hello, Cassandra!")
        .set("bigint_value", 1_234_567_890_123L)
        .set("blob_value", bytes(0xCA, 0xFE, 0xBA, 0xBE))
        .set("boolean_value", true)
        .set("date_value", LocalDate.of(2023, 6, 15))
        .set("decimal_value", new BigDecimal("12345.6789"))
        .set("double_value", Math.PI)
        .set("duration_value", new DurationParts(14, 3, 3_723_000_000_004L))
        .set("float_value", 2.5f)
        .set("inet_value", inet(192, 168, 1, 10))
        .set("int_value", 42)
        .set("smallint_value", (short) 1234)
        .set("text_value", "héllo wörld ✓")
        .set("time_value", LocalTime.of(13, 45, 30, 123_456_789))
        .set("timestamp_value", Instant.parse("2023-06-15T13:45:30.123Z"))
        .set("timeuuid_value", TIME_UUID)
        .set("tinyint_value", (byte) 7)
        .set("uuid_value", RANDOM_UUID)
        .set("varint_value", new BigInteger("123456789012345678901234567890"))
        .set("list_value", List.of(3, 1, 2, 3))
        .set("set_value", Set.of("b", "a", "c"))
        .set("map_value", Map.of(1, "one", 2, "two"))
        .set("frozen_list_value", List.of(1.5, -2.25, 1.5))
        .set("frozen_set_value", Set.of(RANDOM_UUID, TIME_UUID))
        .set("frozen_map_value", Map.of("key", bytes(1, 2, 3)))
        .set(
            "nested_value",
            Map.of(
                "first", List.of(tuple(1, "a"), tuple(2, "b")),
                "second", List.of(tuple(3, "c"))))
        .set(
            "list_of_sets_value",
            List.of(Set.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), Set.of()))
        .set(
            "udt_value",
            address("1 Main St", 12345, coordinates(48.8566, 2.3522), List.of("+33 1 23 45 67")))
        .set("frozen_udt_value", address("2 Side St", 54321, coordinates(-33.9, 151.2), List.of()))
        .set("tuple_value", tuple(7, "seven", List.of(inet(10, 0, 0, 1), ipv6(0x20, 0x01, 0x0d))))
        .set("float_vector_value", List.of(0.1f, 0.2f, 0.3f))
        .set("text_vector_value", List.of("left", "right"))
        .build();
  }

  private static Sample minimums() {
    return Sample.builder("minimum values", 2)
        .set("ascii_value", "\u0000")
        .set("bigint_value", Long.MIN_VALUE)
        .set("blob_value", bytes(0x00))
        .set("boolean_value", false)
        .set("date_value", LocalDate.ofEpochDay(Integer.MIN_VALUE))
        .set("decimal_value", new BigDecimal(nines(1000).negate(), Integer.MIN_VALUE))
        .set("double_value", -Double.MAX_VALUE)
        .set(
            "duration_value",
            new DurationParts(Integer.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE))
        .set("float_value", -Float.MAX_VALUE)
        .set("inet_value", inet(0, 0, 0, 0))
        .set("int_value", Integer.MIN_VALUE)
        .set("smallint_value", Short.MIN_VALUE)
        .set("text_value", "\u0000")
        .set("time_value", LocalTime.MIDNIGHT)
        .set("timestamp_value", Instant.ofEpochMilli(Long.MIN_VALUE))
        .set("timeuuid_value", UUID.fromString("00000000-0000-1000-8000-000000000000"))
        .set("tinyint_value", Byte.MIN_VALUE)
        .set("uuid_value", NIL_UUID)
        .set("varint_value", nines(1000).negate())
        .set("list_value", List.of(Integer.MIN_VALUE))
        .set("set_value", Set.of("\u0000"))
        .set("map_value", Map.of(Integer.MIN_VALUE, "\u0000"))
        .set("frozen_list_value", List.of(-Double.MAX_VALUE, -Double.MIN_VALUE))
        .set("frozen_set_value", Set.of(NIL_UUID))
        .set("frozen_map_value", Map.of("\u0000", bytes(0x00)))
        .set("nested_value", Map.of("\u0000", List.of(tuple(Integer.MIN_VALUE, "\u0000"))))
        .set("list_of_sets_value", List.of(Set.of(LocalDate.ofEpochDay(Integer.MIN_VALUE))))
        .set(
            "udt_value",
            address("\u0000", Integer.MIN_VALUE, coordinates(-90.0, -180.0), List.of("\u0000")))
        .set(
            "frozen_udt_value",
            address("\u0000", Integer.MIN_VALUE, coordinates(-Double.MAX_VALUE, -0.0), null))
        .set("tuple_value", tuple(Integer.MIN_VALUE, "\u0000", List.of(inet(0, 0, 0, 0), ipv6())))
        .set("float_vector_value", List.of(-Float.MAX_VALUE, -Float.MIN_VALUE, -Float.MIN_NORMAL))
        .set("text_vector_value", List.of("\u0000", "\u0000"))
        .build();
  }

  private static Sample maximums() {
    String highest = "\uFFFF \uD834\uDD1E \uD83D\uDE00"; // U+FFFF, then 4-byte UTF-8 characters
    return Sample.builder("maximum values", 3)
        .set("ascii_value", "\u007F~")
        .set("bigint_value", Long.MAX_VALUE)
        .set("blob_value", bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF))
        .set("boolean_value", true)
        .set("date_value", LocalDate.ofEpochDay(Integer.MAX_VALUE))
        .set("decimal_value", new BigDecimal(nines(1000), Integer.MAX_VALUE))
        .set("double_value", Double.MAX_VALUE)
        .set(
            "duration_value",
            new DurationParts(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE))
        .set("float_value", Float.MAX_VALUE)
        .set("inet_value", ipv6(allOnes(16)))
        .set("int_value", Integer.MAX_VALUE)
        .set("smallint_value", Short.MAX_VALUE)
        .set("text_value", highest)
        .set("time_value", LocalTime.MAX)
        .set("timestamp_value", Instant.ofEpochMilli(Long.MAX_VALUE))
        .set("timeuuid_value", UUID.fromString("ffffffff-ffff-1fff-bfff-ffffffffffff"))
        .set("tinyint_value", Byte.MAX_VALUE)
        .set("uuid_value", MAX_UUID)
        .set("varint_value", nines(1000))
        .set("list_value", List.of(Integer.MAX_VALUE, Integer.MAX_VALUE))
        .set("set_value", Set.of(highest, "\u007F"))
        .set("map_value", Map.of(Integer.MAX_VALUE, highest))
        .set("frozen_list_value", List.of(Double.MAX_VALUE, Double.MIN_VALUE))
        .set("frozen_set_value", Set.of(MAX_UUID, NIL_UUID))
        .set("frozen_map_value", Map.of(highest, bytes(0xFF)))
        .set("nested_value", Map.of(highest, List.of(tuple(Integer.MAX_VALUE, highest))))
        .set("list_of_sets_value", List.of(Set.of(LocalDate.ofEpochDay(Integer.MAX_VALUE))))
        .set(
            "udt_value",
            address(highest, Integer.MAX_VALUE, coordinates(90.0, 180.0), List.of(highest)))
        .set(
            "frozen_udt_value",
            address(highest, Integer.MAX_VALUE, coordinates(Double.MAX_VALUE, 0.0), null))
        .set("tuple_value", tuple(Integer.MAX_VALUE, highest, List.of(ipv6(allOnes(16)))))
        .set("float_vector_value", List.of(Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL))
        .set("text_vector_value", List.of(highest, "\uD83D\uDE00"))
        .build();
  }

  private static Sample specials() {
    byte[] everyByte = new byte[256];
    for (int i = 0; i < everyByte.length; i++) {
      everyByte[i] = (byte) i;
    }
    return Sample.builder("NaN, leap days, nanoseconds, IPv6, quotes, buffer offsets", 4)
        .set("ascii_value", "it's \"quoted\"\t\r\n")
        .set("bigint_value", -1L)
        // A buffer whose content starts after its array's start: only the remaining bytes count.
        .set("blob_value", ByteBuffer.wrap(everyByte, 16, 200).slice().position(3))
        .set("boolean_value", true)
        .set("date_value", LocalDate.of(2024, 2, 29))
        .set("decimal_value", new BigDecimal("1E+10"))
        .set("double_value", Double.NaN)
        .set("duration_value", new DurationParts(-1, -2, -3_000_000_001L))
        .set("float_value", Float.NaN)
        .set("inet_value", ipv6(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))
        .set("int_value", -1)
        .set("smallint_value", (short) -1)
        .set("text_value", "it's \"quoted\" ' '' \\ NUL\u0000 tab\t\uD83D\uDE00 ✓")
        .set("time_value", LocalTime.of(0, 0, 0, 1))
        .set("timestamp_value", Instant.parse("2024-02-29T23:59:59.999Z"))
        .set("timeuuid_value", UUID.fromString("13814000-1dd2-11b2-8080-808080808080"))
        .set("tinyint_value", (byte) -1)
        .set("uuid_value", UUID.fromString("00000000-0000-0000-0000-000000000001"))
        .set("varint_value", BigInteger.valueOf(128))
        .set("list_value", List.of(-1, 0, 1))
        .set("set_value", Set.of("ä", "a", "Z", "it's"))
        .set("map_value", Map.of(-1, "minus one", 0, "zero"))
        .set(
            "frozen_list_value",
            List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0))
        .set("frozen_set_value", Set.of(TIME_UUID))
        .set("frozen_map_value", Map.of("every byte", ByteBuffer.wrap(everyByte)))
        .set(
            "nested_value",
            Map.of("with nulls", List.of(tuple(null, "no int"), tuple(1, null), tuple(null, null))))
        .set(
            "list_of_sets_value",
            List.of(
                Set.of(LocalDate.of(2000, 2, 29), LocalDate.of(1600, 2, 29)),
                Set.of(LocalDate.of(1900, 2, 28), LocalDate.of(1900, 3, 1))))
        .set("udt_value", address(null, 75001, null, List.of("a", "b")))
        .set("frozen_udt_value", address("only a street", null, coordinates(null, 1.0), null))
        .set("tuple_value", tuple(0, null, List.of(ipv6(0xfe, 0x80), inet(127, 0, 0, 1))))
        .set("float_vector_value", List.of(Float.NaN, Float.POSITIVE_INFINITY, -0.0f))
        .set("text_vector_value", List.of("it's", "\"quoted\""))
        .build();
  }

  private static Sample empties() {
    return Sample.builder("empty strings and collections, zeros", 5)
        .set("ascii_value", "")
        .set("bigint_value", 0L)
        .set("blob_value", ByteBuffer.allocate(0))
        .set("boolean_value", false)
        .set("date_value", LocalDate.EPOCH)
        .set("decimal_value", new BigDecimal("0.00"))
        .set("double_value", -0.0)
        .set("duration_value", new DurationParts(0, 0, 0))
        .set("float_value", -0.0f)
        .set("inet_value", ipv6())
        .set("int_value", 0)
        .set("smallint_value", (short) 0)
        .set("text_value", "")
        .set("time_value", LocalTime.MIDNIGHT)
        .set("timestamp_value", Instant.EPOCH)
        .set("timeuuid_value", TIME_UUID)
        .set("tinyint_value", (byte) 0)
        .set("uuid_value", NIL_UUID)
        .set("varint_value", BigInteger.ZERO)
        .set("list_value", List.of())
        .set("set_value", Set.of())
        .set("map_value", Map.of())
        .set("frozen_list_value", List.of())
        .set("frozen_set_value", Set.of())
        .set("frozen_map_value", Map.of("", ByteBuffer.allocate(0)))
        .set("nested_value", Map.of("", List.of()))
        .set("list_of_sets_value", List.of(Set.of()))
        .set("udt_value", address("", 0, coordinates(0.0, -0.0), List.of()))
        .set("frozen_udt_value", address("", 0, coordinates(-0.0, 0.0), List.of("")))
        .set("tuple_value", tuple(0, "", List.of()))
        .set("float_vector_value", List.of(0.0f, -0.0f, 0.0f))
        .set("text_vector_value", List.of("", ""))
        .build();
  }

  /** Only some columns: the others stay unset. */
  private static Sample infinities() {
    return Sample.builder("infinities, subnormals, before the epoch", 6)
        .set("double_value", Double.POSITIVE_INFINITY)
        .set("float_value", Float.NEGATIVE_INFINITY)
        .set("decimal_value", new BigDecimal("-0.000000000000000000001"))
        .set("duration_value", new DurationParts(0, 0, 1))
        .set("timestamp_value", Instant.parse("1969-12-31T23:59:59.999Z"))
        .set("date_value", LocalDate.of(1969, 12, 31))
        .set("varint_value", BigInteger.valueOf(-129))
        .set("frozen_list_value", List.of(Double.NEGATIVE_INFINITY, Double.MIN_NORMAL))
        .set(
            "float_vector_value",
            List.of(Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.POSITIVE_INFINITY))
        .build();
  }

  private static ByteBuffer bytes(int... values) {
    byte[] array = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      array[i] = (byte) values[i];
    }
    return ByteBuffer.wrap(array);
  }

  private static BigInteger nines(int digits) {
    return new BigInteger("9".repeat(digits));
  }

  private static List<Object> tuple(Object... components) {
    return Arrays.asList(components);
  }

  private static Map<String, Object> address(
      String street, Integer zipCode, Map<String, Object> location, List<String> phones) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("street", street);
    fields.put("Zip Code", zipCode);
    fields.put("location", location);
    fields.put("phones", phones);
    return fields;
  }

  private static Map<String, Object> coordinates(Double latitude, Double longitude) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("latitude", latitude);
    fields.put("longitude", longitude);
    return fields;
  }

  private static InetAddress inet(int... octets) {
    byte[] address = new byte[octets.length];
    for (int i = 0; i < octets.length; i++) {
      address[i] = (byte) octets[i];
    }
    try {
      return InetAddress.getByAddress(address);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** An IPv6 address from its leading bytes, the rest zero. */
  private static InetAddress ipv6(int... leadingBytes) {
    return inet(Arrays.copyOf(leadingBytes, 16));
  }

  private static int[] allOnes(int length) {
    int[] bytes = new int[length];
    Arrays.fill(bytes, 0xFF);
    return bytes;
  }
}
