package io.sibyl.driver.type.geometry;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Reads well-known binary in either byte order (the first byte of each geometry says which). */
final class WkbReader {
  private WkbReader() {}

  /** The geometry the bytes hold, exactly (nothing may follow it). */
  static Geometry read(ByteBuffer source) {
    if (source == null) {
      throw new IllegalArgumentException("Well-known binary must not be null");
    }
    ByteBuffer bytes = source.duplicate();
    try {
      byte order = bytes.get();
      if (order != 0 && order != 1) {
        throw malformed("byte order flag " + order + " is neither 0 nor 1");
      }
      bytes.order(order == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      int type = bytes.getInt();
      Geometry geometry =
          switch (type) {
            case WkbWriter.POINT -> point(bytes);
            case WkbWriter.LINE_STRING -> new LineString(points(bytes));
            case WkbWriter.POLYGON -> polygon(bytes);
            default ->
                throw malformed(
                    "geometry type "
                        + type
                        + " is not a 2D point (1), line string (2) or polygon (3)");
          };
      if (bytes.hasRemaining()) {
        throw malformed(bytes.remaining() + " bytes follow the geometry");
      }
      return geometry;
    } catch (BufferUnderflowException e) {
      throw malformed("the bytes end too early");
    }
  }

  /** {@code geometry} as {@code type}, or {@code IllegalArgumentException}. */
  static <T extends Geometry> T expect(Geometry geometry, Class<T> type) {
    if (!type.isInstance(geometry)) {
      throw new IllegalArgumentException(
          "Expected the well-known binary of a "
              + type.getSimpleName()
              + ", got a "
              + geometry.getClass().getSimpleName());
    }
    return type.cast(geometry);
  }

  private static Polygon polygon(ByteBuffer bytes) {
    int count = count(bytes, 4);
    List<List<Point>> rings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rings.add(points(bytes));
    }
    return new Polygon(rings);
  }

  private static List<Point> points(ByteBuffer bytes) {
    int count = count(bytes, 16);
    List<Point> points = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      points.add(point(bytes));
    }
    return points;
  }

  /** A count of items of {@code itemSize} bytes, checked against the bytes left. */
  private static int count(ByteBuffer bytes, int itemSize) {
    int count = bytes.getInt();
    if (count < 0 || (long) count * itemSize > bytes.remaining()) {
      throw malformed(
          "a count of " + count + " does not fit the " + bytes.remaining() + " bytes left");
    }
    return count;
  }

  private static Point point(ByteBuffer bytes) {
    return new Point(bytes.getDouble(), bytes.getDouble());
  }

  private static IllegalArgumentException malformed(String why) {
    return new IllegalArgumentException("Malformed well-known binary: " + why);
  }
}
