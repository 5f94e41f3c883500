package io.sibyl.mapper.generated;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.MappingCodec;
import io.sibyl.driver.type.geometry.Geometry;
import java.nio.ByteBuffer;
import java.util.function.Function;

/**
 * A geometry stored in a {@code blob} column as its well-known binary (the bytes DSE's geometric
 * custom types carry), which is how the mapper stores {@code Point}, {@code LineString} and {@code
 * Polygon} properties on Apache Cassandra. Literals are blob literals ({@code 0x0101...}).
 *
 * @param <T> the geometry class
 */
public abstract class GeometryBlobCodec<T extends Geometry> extends MappingCodec<ByteBuffer, T> {

  private final Function<ByteBuffer, T> fromBinary;

  /** A codec of {@code javaClass}, read with {@code fromBinary}. */
  protected GeometryBlobCodec(Class<T> javaClass, Function<ByteBuffer, T> fromBinary) {
    super(
        CodecRegistry.DEFAULT.codecFor(DataTypes.BLOB, ByteBuffer.class),
        GenericType.of(javaClass));
    this.fromBinary = fromBinary;
  }

  @Override
  protected T innerToOuter(ByteBuffer value) {
    try {
      return fromBinary.apply(value);
    } catch (IllegalArgumentException e) {
      throw new CodecException(
          "Invalid "
              + javaType().getRawType().getSimpleName()
              + " in a blob: "
              + e.getMessage()
              + ". The column must hold well-known binary written by the mapper or a DSE driver.",
          e);
    }
  }

  @Override
  protected ByteBuffer outerToInner(T value) {
    return value.asWellKnownBinary();
  }
}
