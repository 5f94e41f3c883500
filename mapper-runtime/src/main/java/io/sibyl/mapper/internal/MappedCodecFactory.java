package io.sibyl.mapper.internal;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.ListType;
import io.sibyl.driver.type.MapType;
import io.sibyl.driver.type.SetType;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.VectorType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import io.sibyl.mapper.generated.UdtMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the codec of a column whose Java type involves {@code @Udt} types, for the column's actual
 * CQL type: every user-defined type found in it (at any depth, inside collections and other UDTs)
 * whose name matches a mapper gets a {@link UdtMappingCodec}, and the column's codec comes from a
 * registry that holds them.
 */
public final class MappedCodecFactory {

  private MappedCodecFactory() {}

  /**
   * The codec for {@code cqlType} and {@code javaType}.
   *
   * @throws io.sibyl.driver.error.CodecNotFoundException if the types do not match
   */
  public static <T> TypeCodec<T> create(
      CodecRegistry base, DataType cqlType, GenericType<T> javaType, List<UdtMapper<?>> mappers) {
    Map<String, UdtMapper<?>> byName = new HashMap<>();
    collect(mappers, byName);
    Map<UserDefinedType, UdtMappingCodec<?>> codecs = new LinkedHashMap<>();
    walk(cqlType, byName, codecs);
    if (codecs.isEmpty()) {
      return base.codecFor(cqlType, javaType);
    }
    CodecRegistry registry = base.withCodecs(codecs.values().toArray(new TypeCodec<?>[0]));
    for (UdtMappingCodec<?> codec : codecs.values()) {
      codec.attach(registry);
    }
    return registry.codecFor(cqlType, javaType);
  }

  private static void collect(List<UdtMapper<?>> mappers, Map<String, UdtMapper<?>> byName) {
    for (UdtMapper<?> mapper : mappers) {
      if (byName.putIfAbsent(mapper.name(), mapper) == null) {
        collect(mapper.dependencies(), byName);
      }
    }
  }

  private static void walk(
      DataType type,
      Map<String, UdtMapper<?>> mappers,
      Map<UserDefinedType, UdtMappingCodec<?>> codecs) {
    if (type instanceof UserDefinedType udt) {
      UdtMapper<?> mapper = mappers.get(udt.name());
      if (mapper != null && !codecs.containsKey(udt)) {
        codecs.put(udt, new UdtMappingCodec<>(udt, mapper));
        for (DataType field : udt.fieldTypes()) {
          walk(field, mappers, codecs);
        }
      }
    } else if (type instanceof ListType list) {
      walk(list.elementType(), mappers, codecs);
    } else if (type instanceof SetType set) {
      walk(set.elementType(), mappers, codecs);
    } else if (type instanceof MapType map) {
      walk(map.keyType(), mappers, codecs);
      walk(map.valueType(), mappers, codecs);
    } else if (type instanceof TupleType tuple) {
      for (DataType component : tuple.componentTypes()) {
        walk(component, mappers, codecs);
      }
    } else if (type instanceof VectorType vector) {
      walk(vector.elementType(), mappers, codecs);
    }
  }
}
