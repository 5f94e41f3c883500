package io.sibyl.driver.internal.codec;

import static io.sibyl.driver.internal.codec.CodecTesting.bytes;
import static io.sibyl.driver.internal.codec.CodecTesting.hex;
import static io.sibyl.driver.internal.codec.CodecTesting.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollectionCodecsTest {
  private final CodecRegistry registry = CodecRegistry.DEFAULT;
  private final TypeCodec<List<Integer>> intList =
      registry.codecFor(DataTypes.listOf(DataTypes.INT), GenericType.listOf(Integer.class));
  private final TypeCodec<Set<String>> textSet =
      registry.codecFor(DataTypes.setOf(DataTypes.TEXT), GenericType.setOf(String.class));
  private final TypeCodec<Map<String, Integer>> textIntMap =
      registry.codecFor(
          DataTypes.mapOf(DataTypes.TEXT, DataTypes.INT),
          GenericType.mapOf(String.class, Integer.class));

  @Test
  void should_encode_a_list_as_count_then_sized_elements() {
    assertThat(hex(intList.encode(List.of(1, 2))))
        .isEqualTo("00000002" + "00000004" + "00000001" + "00000004" + "00000002");
    assertThat(hex(intList.encode(List.of()))).isEqualTo("00000000");
  }

  @Test
  void should_encode_a_map_as_count_then_keys_and_values() {
    Map<String, Integer> value = new LinkedHashMap<>();
    value.put("a", 1);
    assertThat(hex(textIntMap.encode(value)))
        .isEqualTo("00000001" + "00000001" + "61" + "00000004" + "00000001");
  }

  @Test
  void should_decode_null_and_empty_collections_as_empty_mutable_collections() {
    List<Integer> list = intList.decode(null);
    assertThat(list).isEmpty();
    list.add(1);
    assertThat(textSet.decode(ByteBuffer.allocate(0))).isEmpty();
    assertThat(textIntMap.decode(null)).isEmpty();
    assertThat(intList.encode(null)).isNull();
  }

  @Test
  void should_preserve_order_in_sets_and_maps() {
    Set<String> set = new LinkedHashSet<>(List.of("zebra", "apple", "mango"));
    assertThat(roundTrip(textSet, set)).containsExactly("zebra", "apple", "mango");
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("z", 26);
    map.put("a", 1);
    Map<String, Integer> decoded = roundTrip(textIntMap, map);
    assertThat(decoded)
        .isInstanceOf(LinkedHashMap.class)
        .containsExactly(Map.entry("z", 26), Map.entry("a", 1));
    assertThat(roundTrip(textSet, set)).isInstanceOf(LinkedHashSet.class);
  }

  @Test
  void should_round_trip_collections_nested_three_levels_deep() {
    GenericType<Map<String, List<Set<Integer>>>> javaType =
        new GenericType<Map<String, List<Set<Integer>>>>() {};
    TypeCodec<Map<String, List<Set<Integer>>>> codec =
        registry.codecFor(
            DataTypes.mapOf(
                DataTypes.TEXT, DataTypes.listOf(DataTypes.setOf(DataTypes.INT, true), true)),
            javaType);
    Map<String, List<Set<Integer>>> value = new LinkedHashMap<>();
    value.put("primes", List.of(new LinkedHashSet<>(List.of(2, 3, 5)), new LinkedHashSet<>()));
    value.put("empty", List.of());
    assertThat(roundTrip(codec, value)).isEqualTo(value);
    assertThat(codec.format(value)).isEqualTo("{'primes': [{2, 3, 5}, {}], 'empty': []}");
    assertThat(codec.parse(codec.format(value))).isEqualTo(value);
  }

  @Test
  void should_reject_null_elements_keys_and_values_clearly() {
    assertThatThrownBy(() -> intList.encode(Arrays.asList(1, null)))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("list<int>")
        .hasMessageContaining("element at position 1 is null");
    Map<String, Integer> nullValue = new LinkedHashMap<>();
    nullValue.put("a", null);
    assertThatThrownBy(() -> textIntMap.encode(nullValue))
        .hasMessageContaining("value at position 0 is null");
    Map<String, Integer> nullKey = new LinkedHashMap<>();
    nullKey.put(null, 1);
    assertThatThrownBy(() -> textIntMap.encode(nullKey))
        .hasMessageContaining("key at position 0 is null");
  }

  @Test
  void should_reject_truncated_or_oversized_collections() {
    assertThatThrownBy(() -> intList.decode(bytes("00000002" + "00000004" + "00000001")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("list<int>");
    assertThatThrownBy(() -> intList.decode(bytes("7fffffff")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("announces 2147483647 elements");
    assertThatThrownBy(() -> intList.decode(bytes("00000001" + "00000003" + "000001")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("expected 4 bytes but got 3");
    assertThatThrownBy(() -> intList.decode(bytes("00000000" + "ff")))
        .hasMessageContaining("left over");
  }

  @Test
  void should_format_and_parse_collection_literals() {
    assertThat(intList.format(List.of(1, -2))).isEqualTo("[1, -2]");
    assertThat(intList.format(null)).isEqualTo("NULL");
    assertThat(intList.parse(" [ 1 , -2 ] ")).containsExactly(1, -2);
    assertThat(intList.parse("[]")).isEmpty();
    assertThat(textSet.parse("{'a, b', 'it''s'}")).containsExactly("a, b", "it's");
    assertThat(textIntMap.parse("{'k:1': 1, 'b': 2}"))
        .containsExactly(Map.entry("k:1", 1), Map.entry("b", 2));
    assertThatThrownBy(() -> intList.parse("[1,,2]")).isInstanceOf(CodecException.class);
    assertThatThrownBy(() -> intList.parse("{1}")).isInstanceOf(CodecException.class);
  }

  @Test
  void should_round_trip_large_lists() {
    List<Integer> value = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      value.add(i * 7);
    }
    assertThat(roundTrip(intList, value)).isEqualTo(value);
  }
}
