package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.CustomType;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.ListType;
import io.sibyl.driver.type.MapType;
import io.sibyl.driver.type.PrimitiveType;
import io.sibyl.driver.type.SetType;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.VectorType;
import io.sibyl.driver.type.codec.BuiltInCodecProvider;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.util.List;
import java.util.Optional;

/**
 * The one {@link BuiltInCodecProvider}: the registry in {@code io.sibyl.driver.type.codec} loads
 * {@link #INSTANCE} by this class's name, so the public package never imports this one. Renaming or
 * moving this class means changing that name too ({@code BuiltInsTest} checks it).
 */
public final class DriverCodecProvider implements BuiltInCodecProvider {
  /** The provider the registry uses. */
  public static final DriverCodecProvider INSTANCE = new DriverCodecProvider();

  private DriverCodecProvider() {}

  @Override
  public TypeCodec<?> defaultFor(int protocolCode) {
    return BuiltInCodecs.defaultFor(protocolCode);
  }

  @Override
  public TypeCodec<?> forClass(int protocolCode, Class<?> javaClass) {
    return BuiltInCodecs.forClass(protocolCode, javaClass);
  }

  @Override
  public TypeCodec<?> forValue(int protocolCode, Object value) {
    return BuiltInCodecs.forValue(protocolCode, value);
  }

  @Override
  public TypeCodec<?> inferFromValue(Object value) {
    return BuiltInCodecs.inferFromValue(value);
  }

  @Override
  public <T> TypeCodec<Optional<T>> optionalOf(TypeCodec<T> inner) {
    return new OptionalCodec<>(inner);
  }

  @Override
  public <E> TypeCodec<?> listOf(ListType cqlType, TypeCodec<E> element) {
    return new ListCodec<>(cqlType, element);
  }

  @Override
  public <E> TypeCodec<?> setOf(SetType cqlType, TypeCodec<E> element) {
    return new SetCodec<>(cqlType, element);
  }

  @Override
  public <K, V> TypeCodec<?> mapOf(MapType cqlType, TypeCodec<K> key, TypeCodec<V> value) {
    return new MapCodec<>(cqlType, key, value);
  }

  @Override
  public TypeCodec<?> tupleOf(TupleType cqlType, CodecRegistry registry) {
    return new TupleCodec(cqlType, registry);
  }

  @Override
  public TypeCodec<?> typedTupleOf(TupleType cqlType, List<TypeCodec<?>> components) {
    return new TypedTupleCodec<>(cqlType, components);
  }

  @Override
  public TypeCodec<?> udtOf(UserDefinedType cqlType, CodecRegistry registry) {
    return new UdtCodec(cqlType, registry);
  }

  @Override
  public <E> TypeCodec<?> vectorOf(VectorType cqlType, TypeCodec<E> element) {
    return new VectorCodec<>(cqlType, element);
  }

  @Override
  public TypeCodec<?> floatArrayVectorOf(VectorType cqlType) {
    return new FloatArrayVectorCodec(cqlType);
  }

  @Override
  public TypeCodec<?> customOf(CustomType cqlType) {
    return GeometryCodec.forType(cqlType);
  }

  @Override
  public TypeCodec<?> rawBytesOf(DataType cqlType) {
    return new BlobCodec(cqlType);
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public TypeCodec<?> enumOf(PrimitiveType cqlType, Class<?> enumClass) {
    if (cqlType.equals(DataTypes.TEXT) || cqlType.equals(DataTypes.ASCII)) {
      return new EnumNameCodec(
          enumClass, (TextCodec) BuiltInCodecs.defaultFor(cqlType.protocolCode()));
    } else if (cqlType.equals(DataTypes.INT)) {
      return new EnumOrdinalCodec(enumClass);
    }
    return null;
  }
}
