package io.sibyl.driver.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecNotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TupleAndUdtValueTest {
  private static final UserDefinedType PERSON =
      new UserDefinedType(
          "ks",
          "person",
          List.of("name", "age", "born", "scores", "Nick Name"),
          List.of(
              DataTypes.TEXT,
              DataTypes.INT,
              DataTypes.TIMESTAMP,
              DataTypes.mapOf(DataTypes.TEXT, DataTypes.DOUBLE),
              DataTypes.TEXT),
          false);

  @Test
  void should_set_and_get_every_kind_of_component_by_index() {
    TupleType type =
        DataTypes.tupleOf(
            DataTypes.BIGINT,
            DataTypes.BOOLEAN,
            DataTypes.UUID,
            DataTypes.DECIMAL,
            DataTypes.FLOAT);
    UUID id = UUID.randomUUID();
    TupleValue value =
        type.newValue()
            .setLong(0, 7L)
            .setBoolean(1, true)
            .setUuid(2, id)
            .setBigDecimal(3, BigDecimal.ONE)
            .setFloat(4, 1.5f);
    assertThat(value.getLong(0)).isEqualTo(7L);
    assertThat(value.getBoolean(1)).isTrue();
    assertThat(value.getUuid(2)).isEqualTo(id);
    assertThat(value.getBigDecimal(3)).isEqualTo(BigDecimal.ONE);
    assertThat(value.getFloat(4)).isEqualTo(1.5f);
    assertThat(value.getObject(0)).isEqualTo(7L);
    assertThat(value.size()).isEqualTo(5);
    assertThat(value.type()).isEqualTo(type);
  }

  @Test
  void should_return_zero_for_null_primitives_and_tell_them_apart_with_is_null() {
    TupleValue value = DataTypes.tupleOf(DataTypes.INT, DataTypes.INT).newValue(0, null);
    assertThat(value.getInt(0)).isZero();
    assertThat(value.isNull(0)).isFalse();
    assertThat(value.getInt(1)).isZero();
    assertThat(value.isNull(1)).isTrue();
    assertThat(value.get(1, Integer.class)).isNull();
  }

  @Test
  void should_read_components_as_alternative_java_types() {
    TupleValue value = DataTypes.tupleOf(DataTypes.TIMESTAMP).newValue(Instant.ofEpochMilli(5));
    assertThat(value.get(0, Date.class)).isEqualTo(new Date(5));
    assertThat(value.getInstant(0)).isEqualTo(Instant.ofEpochMilli(5));
    assertThatThrownBy(() -> value.getString(0)).isInstanceOf(CodecNotFoundException.class);
  }

  @Test
  void should_refuse_a_wrong_number_of_tuple_components() {
    assertThatThrownBy(() -> DataTypes.tupleOf(DataTypes.INT).newValue(1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 components");
  }

  @Test
  void should_set_and_get_udt_fields_by_name() {
    UdtValue value =
        PERSON
            .newValue()
            .setString("name", "Ada")
            .setInt("AGE", 36)
            .set("born", new Date(0), Date.class)
            .setMap("scores", Map.of("math", 10.0), String.class, Double.class)
            .setString("\"Nick Name\"", "Countess");
    assertThat(value.getString("name")).isEqualTo("Ada");
    assertThat(value.getInt("age")).isEqualTo(36);
    assertThat(value.getInstant("born")).isEqualTo(Instant.EPOCH);
    assertThat(value.getMap("scores", String.class, Double.class)).containsEntry("math", 10.0);
    assertThat(value.getString("Nick Name")).isEqualTo("Countess");
    assertThat(value.firstIndexOf("\"Nick Name\"")).isEqualTo(4);
    assertThatThrownBy(() -> value.getString("\"NAME\"")).hasMessageContaining("no field");
  }

  @Test
  void should_compare_udt_values_by_type_and_content_ignoring_frozen() {
    UdtValue a = PERSON.newValue().setString("name", "Ada");
    UserDefinedType frozen =
        new UserDefinedType(
            PERSON.keyspace(), PERSON.name(), PERSON.fieldNames(), PERSON.fieldTypes(), true);
    UdtValue b = frozen.newValue().setString("name", "Ada");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(PERSON.newValue().setString("name", "Bob"));
  }

  @Test
  void should_print_values_as_cql_literals() {
    UdtValue value = PERSON.newValue().setString("name", "O'Hara").setInt("age", 3);
    assertThat(value.toString())
        .isEqualTo("{name: 'O''Hara', age: 3, born: NULL, scores: NULL, \"Nick Name\": NULL}");
    assertThat(DataTypes.tupleOf(DataTypes.TEXT, DataTypes.INT).newValue("x", 1).toString())
        .isEqualTo("('x', 1)");
  }

  @Test
  void should_not_share_the_position_of_buffers_given_to_set_bytes_unsafe() {
    TupleValue value = DataTypes.tupleOf(DataTypes.INT).newValue();
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(4).putInt(0, 9);
    value.setBytesUnsafe(0, bytes);
    bytes.position(4);
    assertThat(value.getInt(0)).isEqualTo(9);
  }
}
