package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.CustomType;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import io.sibyl.driver.type.geometry.Geometry;
import io.sibyl.driver.type.geometry.LineString;
import io.sibyl.driver.type.geometry.Point;
import io.sibyl.driver.type.geometry.Polygon;
import java.nio.ByteBuffer;
import java.util.function.Function;

/**
 * DSE's geometric custom types ({@code PointType}, {@code LineStringType}, {@code PolygonType}) as
 * {@link Point}, {@link LineString} and {@link Polygon}: values travel as well-known binary,
 * written little-endian and read in either byte order; CQL literals are the quoted well-known text.
 *
 * @param <T> the geometry class
 */
public final class GeometryCodec<T extends Geometry> implements TypeCodec<T> {
  private static final String MARSHAL = "org.apache.cassandra.db.marshal.";

  /** {@code PointType} as {@link Point}. */
  public static final GeometryCodec<Point> POINT =
      new GeometryCodec<>(
          "PointType", Point.class, Point::fromWellKnownBinary, Point::fromWellKnownText);

  /** {@code LineStringType} as {@link LineString}. */
  public static final GeometryCodec<LineString> LINE_STRING =
      new GeometryCodec<>(
          "LineStringType",
          LineString.class,
          LineString::fromWellKnownBinary,
          LineString::fromWellKnownText);

  /** {@code PolygonType} as {@link Polygon}. */
  public static final GeometryCodec<Polygon> POLYGON =
      new GeometryCodec<>(
          "PolygonType", Polygon.class, Polygon::fromWellKnownBinary, Polygon::fromWellKnownText);

  private final CustomType cqlType;
  private final GenericType<T> javaType;
  private final Function<ByteBuffer, T> fromBinary;
  private final Function<String, T> fromText;

  private GeometryCodec(
      String marshalClass,
      Class<T> javaClass,
      Function<ByteBuffer, T> fromBinary,
      Function<String, T> fromText) {
    this.cqlType = new CustomType(MARSHAL + marshalClass);
    this.javaType = GenericType.of(javaClass);
    this.fromBinary = fromBinary;
    this.fromText = fromText;
  }

  /** The codec of a geometric custom type, or null for any other custom type. */
  public static GeometryCodec<?> forType(CustomType type) {
    for (GeometryCodec<?> codec : new GeometryCodec<?>[] {POINT, LINE_STRING, POLYGON}) {
      if (codec.cqlType.equals(type)) {
        return codec;
      }
    }
    return null;
  }

  /** The codec of a geometry value, or null if it is none. */
  public static GeometryCodec<?> forValue(Object value) {
    if (value instanceof Point) {
      return POINT;
    } else if (value instanceof LineString) {
      return LINE_STRING;
    } else if (value instanceof Polygon) {
      return POLYGON;
    }
    return null;
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<T> javaType() {
    return javaType;
  }

  @Override
  public ByteBuffer encode(T value) {
    return value == null ? null : value.asWellKnownBinary();
  }

  @Override
  public T decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    try {
      return fromBinary.apply(bytes);
    } catch (IllegalArgumentException e) {
      throw new CodecException(
          "Invalid "
              + cqlType.className()
              + " value: "
              + e.getMessage()
              + ". The bytes do not"
              + " match the type.",
          e);
    }
  }

  @Override
  public String format(T value) {
    return value == null ? "NULL" : "'" + value.asWellKnownText() + "'";
  }

  @Override
  public T parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    String text = Literals.unquote(literal, cqlType);
    try {
      return fromText.apply(text);
    } catch (IllegalArgumentException e) {
      throw Literals.invalid(cqlType, literal, e.getMessage());
    }
  }
}
