package io.sibyl.driver.type;

import static io.sibyl.driver.type.DataTypes.INT;
import static io.sibyl.driver.type.DataTypes.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataTypeParserTest {
  private static final UserDefinedType ADDRESS =
      new UserDefinedType("shop", "address", List.of("street"), List.of(TEXT), false);
  private static final UserDefinedType QUOTED =
      new UserDefinedType("shop", "My Type", List.of("v"), List.of(INT), false);
  private static final Map<String, UserDefinedType> TYPES =
      Map.of("address", ADDRESS, "My Type", QUOTED);

  private static DataType parse(String text) {
    return DataTypes.parse(text, "shop", TYPES::get);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ascii", "bigint", "blob", "boolean", "counter", "date", "decimal", "double",
        "duration", "float", "inet", "int", "smallint", "text", "time", "timestamp",
        "timeuuid", "tinyint", "uuid", "varint"
      })
  void should_parse_every_primitive_by_name(String name) {
    DataType type = DataTypes.parse(name);
    assertThat(type).isInstanceOf(PrimitiveType.class);
    assertThat(type.asCql()).isEqualTo(name);
    assertThat(DataTypes.parse(name.toUpperCase())).isEqualTo(type);
  }

  @Test
  void should_parse_varchar_as_text() {
    assertThat(DataTypes.parse("varchar")).isEqualTo(TEXT);
  }

  @Test
  void should_parse_nested_frozen_collections_and_tuples() {
    DataType type = parse("frozen<map<text, frozen<list<tuple<int, text>>>>>");
    assertThat(type)
        .isEqualTo(
            DataTypes.mapOf(TEXT, DataTypes.listOf(DataTypes.tupleOf(INT, TEXT), true), true));
    assertThat(type.asCql()).isEqualTo("frozen<map<text, frozen<list<frozen<tuple<int, text>>>>>>");
    assertThat(parse("set < int >")).isEqualTo(DataTypes.setOf(INT));
    assertThat(parse(type.asCql())).isEqualTo(type);
  }

  @Test
  void should_parse_vectors() {
    assertThat(parse("vector<float, 3>")).isEqualTo(DataTypes.vectorOf(DataTypes.FLOAT, 3));
    assertThat(parse("vector<vector<int,2>,4>"))
        .isEqualTo(DataTypes.vectorOf(DataTypes.vectorOf(INT, 2), 4));
  }

  @Test
  void should_resolve_user_types_through_the_lookup_and_keep_frozen_flags() {
    assertThat(parse("address")).isEqualTo(ADDRESS);
    assertThat(parse("frozen<address>")).isEqualTo(CqlTypeParser.freeze(ADDRESS));
    assertThat(parse("\"My Type\"")).isEqualTo(QUOTED);
    assertThat(parse("list<frozen<\"My Type\">>"))
        .isEqualTo(DataTypes.listOf(CqlTypeParser.freeze(QUOTED)));
    assertThat(parse("shop.address")).isEqualTo(ADDRESS);
  }

  @Test
  void should_make_shells_of_unknown_user_types() {
    DataType type = parse("frozen<\"Unknown\">");
    assertThat(type).isEqualTo(new UserDefinedType("shop", "Unknown", List.of(), List.of(), true));
    assertThat(((UserDefinedType) type).isShell()).isTrue();
    assertThat(parse("other.address"))
        .isEqualTo(new UserDefinedType("other", "address", List.of(), List.of(), false));
    assertThat(DataTypes.parse("address"))
        .isEqualTo(new UserDefinedType("", "address", List.of(), List.of(), false));
  }

  @Test
  void should_treat_quoted_keywords_as_user_type_names() {
    assertThat(parse("\"list\""))
        .isEqualTo(new UserDefinedType("shop", "list", List.of(), List.of(), false));
  }

  @Test
  void should_parse_custom_types_given_as_quoted_class_names() {
    assertThat(parse("'org.example.Point'")).isEqualTo(new CustomType("org.example.Point"));
    assertThat(
            parse(
                "'org.apache.cassandra.db.marshal.VectorType(org.apache.cassandra.db.marshal.FloatType,2)'"))
        .isEqualTo(DataTypes.vectorOf(DataTypes.FLOAT, 2));
  }

  @Test
  void should_report_where_a_type_string_is_malformed() {
    assertThatThrownBy(() -> parse("map<int"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("map<int")
        .hasMessageContaining("expected '>'");
    assertThatThrownBy(() -> parse("map<int>")).hasMessageContaining("takes 2");
    assertThatThrownBy(() -> parse("vector<float, x>")).hasMessageContaining("dimensions");
    assertThatThrownBy(() -> parse("int int")).hasMessageContaining("after the type");
    assertThatThrownBy(() -> parse("\"open")).hasMessageContaining("unclosed");
  }

  @Test
  void should_map_vector_marshal_class_names_to_vector_types() {
    assertThat(
            DataTypes.custom(
                "org.apache.cassandra.db.marshal.VectorType(org.apache.cassandra.db.marshal.FloatType,3)"))
        .isEqualTo(DataTypes.vectorOf(DataTypes.FLOAT, 3));
    assertThat(
            DataTypes.custom(
                "org.apache.cassandra.db.marshal.VectorType(org.apache.cassandra.db.marshal.VectorType(org.apache.cassandra.db.marshal.UTF8Type,2),5)"))
        .isEqualTo(DataTypes.vectorOf(DataTypes.vectorOf(TEXT, 2), 5));
  }

  @Test
  void should_parse_marshal_collections_frozen_and_reversed_types() {
    assertThat(
            DataTypes.parseMarshal(
                "org.apache.cassandra.db.marshal.FrozenType(org.apache.cassandra.db.marshal.MapType("
                    + "org.apache.cassandra.db.marshal.UTF8Type,org.apache.cassandra.db.marshal.ListType("
                    + "org.apache.cassandra.db.marshal.Int32Type)))"))
        .isEqualTo(DataTypes.mapOf(TEXT, DataTypes.listOf(INT), true));
    assertThat(DataTypes.parseMarshal("ReversedType(TimestampType)"))
        .isEqualTo(DataTypes.TIMESTAMP);
    assertThat(DataTypes.parseMarshal("SetType(SimpleDateType)"))
        .isEqualTo(DataTypes.setOf(DataTypes.DATE));
    assertThat(DataTypes.parseMarshal("TupleType(ByteType,ShortType, IntegerType)"))
        .isEqualTo(DataTypes.tupleOf(DataTypes.TINYINT, DataTypes.SMALLINT, DataTypes.VARINT));
    assertThat(DataTypes.parseMarshal("org.apache.cassandra.db.marshal.DateType"))
        .isEqualTo(DataTypes.TIMESTAMP);
  }

  @Test
  void should_decode_hex_names_of_marshal_user_types() {
    DataType type =
        DataTypes.parseMarshal(
            "org.apache.cassandra.db.marshal.UserType(shop,61646472657373,"
                + "737472656574:org.apache.cassandra.db.marshal.UTF8Type,"
                + "7a6970:org.apache.cassandra.db.marshal.Int32Type)");
    assertThat(type)
        .isEqualTo(
            new UserDefinedType(
                "shop", "address", List.of("street", "zip"), List.of(TEXT, INT), false));
    assertThat(DataTypes.parseMarshal("FrozenType(UserType(ks,41,62:BooleanType))"))
        .isEqualTo(new UserDefinedType("ks", "A", List.of("b"), List.of(DataTypes.BOOLEAN), true));
  }

  @Test
  void should_keep_unknown_marshal_classes_as_custom_types() {
    String composite =
        "org.apache.cassandra.db.marshal.CompositeType(org.apache.cassandra.db.marshal.Int32Type,"
            + "org.apache.cassandra.db.marshal.UTF8Type)";
    assertThat(DataTypes.custom(composite)).isEqualTo(new CustomType(composite));
    assertThat(DataTypes.custom("com.example.PointType"))
        .isEqualTo(new CustomType("com.example.PointType"));
    assertThat(DataTypes.custom("VectorType(FloatType"))
        .isEqualTo(new CustomType("VectorType(FloatType"));
    assertThatThrownBy(() -> DataTypes.parseMarshal("ListType(Int32Type,Int32Type)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 1 parameter");
    assertThatThrownBy(() -> DataTypes.parseMarshal("UserType(ks,zz)")).hasMessageContaining("hex");
  }
}
