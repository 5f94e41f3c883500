package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.MapType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code map<K, V>} as {@link Map}. Decoding gives a mutable {@link LinkedHashMap} in the server's
 * order (sorted by key); a null value decodes to an empty map.
 *
 * @param <K> the Java key type
 * @param <V> the Java value type
 */
public final class MapCodec<K, V> implements TypeCodec<Map<K, V>> {
  private final MapType cqlType;
  private final TypeCodec<K> keyCodec;
  private final TypeCodec<V> valueCodec;
  private final GenericType<Map<K, V>> javaType;

  /** A codec of maps whose keys and values use the given codecs. */
  public MapCodec(MapType cqlType, TypeCodec<K> keyCodec, TypeCodec<V> valueCodec) {
    this.cqlType = cqlType;
    this.keyCodec = keyCodec;
    this.valueCodec = valueCodec;
    this.javaType = GenericType.mapOf(keyCodec.javaType(), valueCodec.javaType());
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<Map<K, V>> javaType() {
    return javaType;
  }

  @Override
  public boolean accepts(DataType type) {
    return type instanceof MapType map
        && keyCodec.accepts(map.keyType())
        && valueCodec.accepts(map.valueType());
  }

  @Override
  public boolean accepts(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return value == null;
    }
    if (map.isEmpty()) {
      return true;
    }
    Map.Entry<?, ?> first = map.entrySet().iterator().next();
    return keyCodec.accepts(first.getKey()) && valueCodec.accepts(first.getValue());
  }

  @Override
  public ByteBuffer encode(Map<K, V> value) {
    if (value == null) {
      return null;
    }
    ByteBuffer[] parts = new ByteBuffer[2 * value.size()];
    int i = 0;
    for (Map.Entry<K, V> entry : value.entrySet()) {
      parts[2 * i] = CollectionLayout.encodeElement(keyCodec, entry.getKey(), cqlType, "key", i);
      parts[2 * i + 1] =
          CollectionLayout.encodeElement(valueCodec, entry.getValue(), cqlType, "value", i);
      i++;
    }
    return CollectionLayout.write(value.size(), parts);
  }

  @Override
  public Map<K, V> decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return new LinkedHashMap<>();
    }
    ByteCursor cursor = new ByteCursor(bytes, cqlType);
    int count = CollectionLayout.readCount(cursor, cqlType, 8);
    Map<K, V> map = new LinkedHashMap<>(Math.max(16, count * 4 / 3 + 1));
    for (int i = 0; i < count; i++) {
      K key = keyCodec.decode(cursor.readValue());
      V value = valueCodec.decode(cursor.readValue());
      map.put(key, value);
    }
    cursor.expectEnd();
    return map;
  }

  @Override
  public String format(Map<K, V> value) {
    if (value == null) {
      return "NULL";
    }
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    for (Map.Entry<K, V> entry : value.entrySet()) {
      joiner.add(
          CollectionLayout.formatElement(keyCodec, entry.getKey())
              + ": "
              + CollectionLayout.formatElement(valueCodec, entry.getValue()));
    }
    return joiner.toString();
  }

  @Override
  public Map<K, V> parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    Map<K, V> map = new LinkedHashMap<>();
    String inner = Literals.unwrap(literal, '{', '}', cqlType);
    for (String entry : Literals.split(inner, ',', Integer.MAX_VALUE, cqlType)) {
      List<String> keyAndValue = Literals.split(entry, ':', 2, cqlType);
      if (keyAndValue.size() != 2) {
        throw Literals.invalid(cqlType, literal, "each entry is written key: value");
      }
      map.put(keyCodec.parse(keyAndValue.get(0)), valueCodec.parse(keyAndValue.get(1)));
    }
    return map;
  }
}
