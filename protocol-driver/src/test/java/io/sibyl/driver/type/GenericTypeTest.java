package io.sibyl.driver.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenericTypeTest {

  @Test
  void should_equal_a_captured_type_when_built_by_factories() {
    GenericType<Map<String, List<Integer>>> captured =
        new GenericType<Map<String, List<Integer>>>() {};
    GenericType<Map<String, List<Integer>>> built =
        GenericType.mapOf(GenericType.of(String.class), GenericType.listOf(Integer.class));
    assertThat(built).isEqualTo(captured);
    assertThat(captured).isEqualTo(built);
    assertThat(built.hashCode()).isEqualTo(captured.hashCode());
    assertThat(built.toString()).isEqualTo(captured.toString());
    assertThat(built.toString())
        .isEqualTo("java.util.Map<java.lang.String, java.util.List<java.lang.Integer>>");
  }

  @Test
  void should_expose_raw_type_and_arguments() {
    GenericType<Set<String>> type = GenericType.setOf(String.class);
    assertThat(type.getRawType()).isEqualTo(Set.class);
    assertThat(type.typeArgumentCount()).isEqualTo(1);
    assertThat(type.typeArgument(0)).isEqualTo(GenericType.STRING);
    assertThat(GenericType.optionalOf(Long.class).getRawType()).isEqualTo(Optional.class);
    assertThat(GenericType.vectorOf(Float.class).getRawType()).isEqualTo(CqlVector.class);
    assertThat(new GenericType<List<?>>() {}.typeArgument(0).getRawType()).isEqualTo(Object.class);
    assertThat(new GenericType<List<String>[]>() {}.getRawType()).isEqualTo(List[].class);
  }

  @Test
  void should_wrap_primitives_and_box_them_inside_collections() {
    GenericType<Integer> primitive = GenericType.of(int.class);
    assertThat(primitive.isPrimitive()).isTrue();
    assertThat(primitive.wrap()).isEqualTo(GenericType.INTEGER);
    assertThat(GenericType.INTEGER.wrap()).isSameAs(GenericType.INTEGER);
    assertThat(GenericType.listOf(int.class)).isEqualTo(GenericType.listOf(Integer.class));
    assertThat(GenericType.wrap(boolean.class)).isEqualTo(Boolean.class);
    assertThat(GenericType.wrap(String.class)).isEqualTo(String.class);
  }

  @Test
  void should_refuse_a_capture_without_a_concrete_type() {
    assertThatThrownBy(GenericTypeTest::capture)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("type variable");
  }

  private static <T> GenericType<T> capture() {
    return new GenericType<T>() {};
  }
}
