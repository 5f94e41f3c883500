package io.sibyl.driver.internal.codec;

import static io.sibyl.driver.internal.codec.CodecTesting.bytes;
import static io.sibyl.driver.internal.codec.CodecTesting.hex;
import static io.sibyl.driver.internal.codec.CodecTesting.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.TupleValue;
import io.sibyl.driver.type.UdtValue;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureCodecsTest {
  private static final UserDefinedType COORDINATES =
      new UserDefinedType(
          "geo",
          "coordinates",
          List.of("lat", "lon"),
          List.of(DataTypes.DOUBLE, DataTypes.DOUBLE),
          true);
  private static final UserDefinedType ADDRESS =
      new UserDefinedType(
          "geo",
          "address",
          List.of("street", "Zip Code", "location", "tags"),
          List.of(
              DataTypes.TEXT, DataTypes.INT, COORDINATES, DataTypes.listOf(DataTypes.TEXT, true)),
          false);

  private final CodecRegistry registry = CodecRegistry.DEFAULT;

  @Test
  void should_encode_a_tuple_as_sized_components_with_minus_one_for_null() {
    TupleType type = DataTypes.tupleOf(DataTypes.INT, DataTypes.TEXT);
    TupleValue value = TupleValue.of(type, 1, null);
    TypeCodec<TupleValue> codec = registry.codecFor(type, TupleValue.class);
    assertThat(hex(codec.encode(value))).isEqualTo("00000004" + "00000001" + "ffffffff");
    TupleValue decoded = roundTrip(codec, value);
    assertThat(decoded).isEqualTo(value);
    assertThat(decoded.getInt(0)).isEqualTo(1);
    assertThat(decoded.isNull(1)).isTrue();
    assertThat(decoded.getString(1)).isNull();
  }

  @Test
  void should_format_and_parse_tuple_literals() {
    TupleType type =
        DataTypes.tupleOf(DataTypes.INT, DataTypes.TEXT, DataTypes.listOf(DataTypes.INT));
    TypeCodec<TupleValue> codec = registry.codecFor(type, TupleValue.class);
    TupleValue value = TupleValue.of(type, 1, "it's", null);
    assertThat(codec.format(value)).isEqualTo("(1, 'it''s', NULL)");
    assertThat(codec.parse("(1, 'it''s', NULL)")).isEqualTo(value);
    assertThat(value.toString()).isEqualTo("(1, 'it''s', NULL)");
  }

  @Test
  void should_round_trip_a_udt_holding_a_nested_udt_and_a_collection() {
    UdtValue location = COORDINATES.newValue().setDouble("lat", 48.85).setDouble("lon", -2.35);
    UdtValue address =
        ADDRESS
            .newValue()
            .setString("street", "1 Rue de l'Église")
            .setInt("\"Zip Code\"", 75001)
            .setUdtValue("location", location)
            .setList("tags", List.of("home", "paris"), String.class);
    TypeCodec<UdtValue> codec = registry.codecFor(ADDRESS);
    UdtValue decoded = roundTrip(codec, address);
    assertThat(decoded).isEqualTo(address);
    assertThat(decoded.getUdtValue("location").getDouble("lon")).isEqualTo(-2.35);
    assertThat(decoded.getList("tags", String.class)).containsExactly("home", "paris");
    assertThat(decoded.getInt("zip code")).isEqualTo(75001);
  }

  @Test
  void should_format_udts_with_quoted_field_names_and_parse_them_back() {
    UdtValue address =
        ADDRESS
            .newValue()
            .setString("street", "Main")
            .setInt("Zip Code", 12345)
            .setUdtValue("location", COORDINATES.newValue().setDouble(0, 1.5).setDouble(1, 2.0));
    String literal = address.toString();
    assertThat(literal)
        .isEqualTo(
            "{street: 'Main', \"Zip Code\": 12345, location: {lat: 1.5, lon: 2.0}, tags: NULL}");
    assertThat(registry.codecFor(ADDRESS, UdtValue.class).parse(literal)).isEqualTo(address);
  }

  @Test
  void should_decode_a_udt_written_before_fields_were_added() {
    TypeCodec<UdtValue> codec = registry.codecFor(ADDRESS, UdtValue.class);
    UdtValue decoded = codec.decode(bytes("00000002" + "4869"));
    assertThat(decoded.getString("street")).isEqualTo("Hi");
    assertThat(decoded.isNull("Zip Code")).isTrue();
    assertThat(decoded.isNull("location")).isTrue();
    assertThat(decoded.getList("tags", String.class)).isEmpty();
  }

  @Test
  void should_reject_udt_bytes_with_more_fields_than_the_type() {
    TypeCodec<UdtValue> codec = registry.codecFor(COORDINATES, UdtValue.class);
    assertThatThrownBy(() -> codec.decode(bytes("ffffffff" + "ffffffff" + "ffffffff")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("left over");
  }

  @Test
  void should_refuse_to_encode_a_value_of_another_type() {
    TypeCodec<UdtValue> codec = registry.codecFor(ADDRESS, UdtValue.class);
    assertThatThrownBy(() -> codec.encode(COORDINATES.newValue()))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("geo.coordinates");
  }

  @Test
  void should_name_the_fields_when_a_field_is_unknown() {
    assertThatThrownBy(() -> ADDRESS.newValue().getInt("zip"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no field zip")
        .hasMessageContaining("Zip Code");
  }
}
