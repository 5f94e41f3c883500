package io.sibyl.driver.type.geometry;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * A line through two or more points, of DSE's {@code LineStringType}.
 *
 * @param points the points in order (unmodifiable)
 */
public record LineString(List<Point> points) implements Geometry {

  /**
   * Copies and checks the points.
   *
   * @throws IllegalArgumentException if there are fewer than two points
   * @throws NullPointerException if a point is null
   */
  public LineString {
    points = List.copyOf(points);
    if (points.size() < 2) {
      throw new IllegalArgumentException(
          "A line string needs at least 2 points, got " + points.size());
    }
  }

  /** A line string through these points (at least two). */
  public static LineString of(Point first, Point second, Point... more) {
    Point[] all = new Point[more.length + 2];
    all[0] = first;
    all[1] = second;
    System.arraycopy(more, 0, all, 2, more.length);
    return new LineString(List.of(all));
  }

  /**
   * Reads a line string from its well-known text, e.g. {@code LINESTRING (0 0, 1 1)}.
   *
   * @throws IllegalArgumentException if the text is not a line string's WKT
   */
  public static LineString fromWellKnownText(String text) {
    return WktReader.expect(Geometry.fromWellKnownText(text), LineString.class, text);
  }

  /**
   * Reads a line string from its well-known binary, in either byte order.
   *
   * @throws IllegalArgumentException if the bytes are not a line string's WKB
   */
  public static LineString fromWellKnownBinary(ByteBuffer bytes) {
    return WkbReader.expect(Geometry.fromWellKnownBinary(bytes), LineString.class);
  }

  @Override
  public String asWellKnownText() {
    return "LINESTRING " + WktWriter.ring(points);
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
