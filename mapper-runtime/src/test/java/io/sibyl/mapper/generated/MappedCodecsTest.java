package io.sibyl.mapper.generated;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.UdtValue;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Round trips through codecs built for UDT mappers, as the generated code uses them. */
class MappedCodecsTest {

  record Geo(double lat, double lon) {}

  record Address(String street, Integer zip, Geo geo) {}

  /** What the processor generates for {@code Geo}, written by hand. */
  static final class GeoMapper implements UdtMapper<Geo> {
    static final GeoMapper INSTANCE = new GeoMapper();

    @Override
    public String name() {
      return "geo";
    }

    @Override
    public GenericType<Geo> javaType() {
      return GenericType.of(Geo.class);
    }

    @Override
    public List<UdtMapper<?>> dependencies() {
      return List.of();
    }

    @Override
    public String createTypeCql(String keyspace) {
      return "CREATE TYPE IF NOT EXISTS geo (lat double, lon double)";
    }

    @Override
    public UdtValue toUdtValue(Geo value, UdtValue target) {
      target.setDouble("lat", value.lat());
      target.setDouble("lon", value.lon());
      return target;
    }

    @Override
    public Geo fromUdtValue(UdtValue value) {
      return new Geo(value.getDouble("lat"), value.getDouble("lon"));
    }
  }

  /** What the processor generates for {@code Address}, written by hand. */
  static final class AddressMapper implements UdtMapper<Address> {
    static final AddressMapper INSTANCE = new AddressMapper();

    @Override
    public String name() {
      return "address";
    }

    @Override
    public GenericType<Address> javaType() {
      return GenericType.of(Address.class);
    }

    @Override
    public List<UdtMapper<?>> dependencies() {
      return List.of(GeoMapper.INSTANCE);
    }

    @Override
    public String createTypeCql(String keyspace) {
      return "CREATE TYPE IF NOT EXISTS address (street text, zip int, geo frozen<geo>)";
    }

    @Override
    public UdtValue toUdtValue(Address value, UdtValue target) {
      target.setString("street", value.street());
      target.set("zip", value.zip(), Integer.class);
      target.set("geo", value.geo(), GenericType.of(Geo.class));
      return target;
    }

    @Override
    public Address fromUdtValue(UdtValue value) {
      return new Address(
          value.getString("street"),
          value.isNull("zip") ? null : value.getInt("zip"),
          value.get("geo", GenericType.of(Geo.class)));
    }
  }

  private static final UserDefinedType GEO =
      new UserDefinedType(
          "shop", "geo", List.of("lat", "lon"), List.of(DataTypes.DOUBLE, DataTypes.DOUBLE), true);
  // The server may order fields differently from the Java type: mapping is by name.
  private static final UserDefinedType ADDRESS =
      new UserDefinedType(
          "shop",
          "address",
          List.of("zip", "street", "geo"),
          List.of(DataTypes.INT, DataTypes.TEXT, GEO),
          true);

  @Test
  void should_round_trip_a_nested_udt() {
    TypeCodec<Address> codec =
        MappedCodecs.forType(ADDRESS, GenericType.of(Address.class), AddressMapper.INSTANCE);
    Address address = new Address("1 Main St", 12345, new Geo(48.85, 2.35));

    ByteBuffer bytes = codec.encode(address);

    assertThat(codec.decode(bytes)).isEqualTo(address);
    assertThat(codec.encode(null)).isNull();
  }

  @Test
  void should_keep_null_fields() {
    TypeCodec<Address> codec =
        MappedCodecs.forType(ADDRESS, GenericType.of(Address.class), AddressMapper.INSTANCE);
    Address address = new Address("nowhere", null, null);

    assertThat(codec.decode(codec.encode(address))).isEqualTo(address);
  }

  @Test
  void should_map_udts_inside_collections() {
    TypeCodec<List<Address>> list =
        MappedCodecs.forType(
            DataTypes.listOf(ADDRESS, false),
            GenericType.listOf(Address.class),
            AddressMapper.INSTANCE);
    TypeCodec<Map<String, Address>> map =
        MappedCodecs.forType(
            DataTypes.mapOf(DataTypes.TEXT, ADDRESS, false),
            GenericType.mapOf(String.class, Address.class),
            AddressMapper.INSTANCE);
    List<Address> addresses =
        List.of(new Address("a", 1, new Geo(1, 2)), new Address("b", 2, new Geo(3, 4)));

    assertThat(list.decode(list.encode(addresses))).isEqualTo(addresses);
    assertThat(map.decode(map.encode(Map.of("home", addresses.get(0)))))
        .isEqualTo(Map.of("home", addresses.get(0)));
  }

  @Test
  void should_cache_codecs_per_type() {
    TypeCodec<Address> first =
        MappedCodecs.forType(ADDRESS, GenericType.of(Address.class), AddressMapper.INSTANCE);
    TypeCodec<Address> second =
        MappedCodecs.forType(ADDRESS, GenericType.of(Address.class), AddressMapper.INSTANCE);

    assertThat(second).isSameAs(first);
  }
}
