package io.sibyl.mapper.generated;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import io.sibyl.mapper.internal.MappedCodecFactory;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Codecs for columns whose Java type involves {@code @Udt} types ({@code Address}, {@code
 * List<Address>}, {@code Map<String, Address>}...), built for the CQL type that the server reports
 * for the column and cached.
 */
public final class MappedCodecs {

  private static final ConcurrentMap<Key, TypeCodec<?>> CACHE = new ConcurrentHashMap<>();

  private record Key(DataType cqlType, GenericType<?> javaType) {}

  private MappedCodecs() {}

  /** The codec for bind variable {@code i} of a bound statement. */
  public static <T> TypeCodec<T> forVariable(
      BoundStatement statement, int i, GenericType<T> javaType, UdtMapper<?>... mappers) {
    return forType(statement.preparedStatement().variableDefinitions().type(i), javaType, mappers);
  }

  /** The codec for column {@code i} of a row. */
  public static <T> TypeCodec<T> forColumn(
      Row row, int i, GenericType<T> javaType, UdtMapper<?>... mappers) {
    return forType(row.columnDefinitions().type(i), javaType, mappers);
  }

  /** The codec between a CQL type and a Java type that may nest the mappers' types. */
  @SuppressWarnings("unchecked")
  public static <T> TypeCodec<T> forType(
      DataType cqlType, GenericType<T> javaType, UdtMapper<?>... mappers) {
    Key key = new Key(cqlType, javaType);
    TypeCodec<?> codec = CACHE.get(key);
    if (codec == null) {
      codec = MappedCodecFactory.create(CodecRegistry.DEFAULT, cqlType, javaType, List.of(mappers));
      TypeCodec<?> raced = CACHE.putIfAbsent(key, codec);
      codec = raced == null ? codec : raced;
    }
    return (TypeCodec<T>) codec;
  }
}
