package io.sibyl.driver.type.geometry;

import java.nio.ByteBuffer;

/**
 * A point in the plane, of DSE's {@code PointType}.
 *
 * @param x the first coordinate (longitude in geographic data)
 * @param y the second coordinate (latitude in geographic data)
 */
public record Point(double x, double y) implements Geometry {

  /**
   * Checks the coordinates.
   *
   * @throws IllegalArgumentException if a coordinate is NaN or infinite
   */
  public Point {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException(
          "A point's coordinates must be finite numbers, got (" + x + ", " + y + ")");
    }
  }

  /**
   * Reads a point from its well-known text, e.g. {@code POINT (1 2)}.
   *
   * @throws IllegalArgumentException if the text is not a point's WKT
   */
  public static Point fromWellKnownText(String text) {
    return WktReader.expect(Geometry.fromWellKnownText(text), Point.class, text);
  }

  /**
   * Reads a point from its well-known binary, in either byte order.
   *
   * @throws IllegalArgumentException if the bytes are not a point's WKB
   */
  public static Point fromWellKnownBinary(ByteBuffer bytes) {
    return WkbReader.expect(Geometry.fromWellKnownBinary(bytes), Point.class);
  }

  @Override
  public String asWellKnownText() {
    return "POINT (" + WktWriter.coordinates(this) + ")";
  }

  @Override
  public ByteBuffer asWellKnownBinary() {
    return WkbWriter.write(this);
  }

  /** The well-known text. */
  @Override
  public String toString() {
    return asWellKnownText();
  }
}
