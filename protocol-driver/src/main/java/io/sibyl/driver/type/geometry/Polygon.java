package io.sibyl.driver.type.geometry;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A polygon, of DSE's {@code PolygonType}: an exterior ring and any number of interior rings
 * (holes). Each ring is closed: its last point equals its first (the constructor closes a ring
 * given open), and it has at least four points once closed.
 *
 * @param rings the exterior ring first, then the interior rings (unmodifiable, each closed)
 */
public record Polygon(List<List<Point>> rings) implements Geometry {

  /**
   * Copies, closes and checks the rings.
   *
   * @throws IllegalArgumentException if there is no ring, or a ring has fewer than 3 distinct
   *     points
   * @throws NullPointerException if a ring or point is null
   */
  public Polygon {
    if (rings.isEmpty()) {
      throw new IllegalArgumentException("A polygon needs an exterior ring");
    }
    List<List<Point>> closed = new ArrayList<>(rings.size());
    for (List<Point> ring : rings) {
      closed.add(orient(close(ring), closed.isEmpty()));
    }
    rings = List.copyOf(closed);
  }

  /** The ring, reversed if needed so it runs counterclockwise (exterior) or clockwise. */
  private static List<Point> orient(List<Point> ring, boolean exterior) {
    double area = 0; // twice the signed area: positive when counterclockwise
    for (int i = 0; i + 1 < ring.size(); i++) {
      area += ring.get(i).x() * ring.get(i + 1).y() - ring.get(i + 1).x() * ring.get(i).y();
    }
    if (area == 0 || (area > 0) == exterior) {
      return ring;
    }
    List<Point> reversed = new ArrayList<>(ring);
    Collections.reverse(reversed);
    return List.copyOf(reversed);
  }

  private static List<Point> close(List<Point> ring) {
    List<Point> points = new ArrayList<>(ring);
    if (points.isEmpty() || !points.get(0).equals(points.get(points.size() - 1))) {
      points.add(points.isEmpty() ? null : points.get(0));
    }
    if (points.size() < 4) {
      throw new IllegalArgumentException(
          "A polygon's ring needs at least 3 distinct points, got " + ring);
    }
    return List.copyOf(points);
  }

  /** A polygon without holes whose exterior ring goes through these points (closed if open). */
  public static Polygon of(Point first, Point second, Point third, Point... more) {
    List<Point> ring = new ArrayList<>(List.of(first, second, third));
    ring.addAll(List.of(more));
    return new Polygon(List.of(ring));
  }

  /** The exterior ring. */
  public List<Point> exteriorRing() {
    return rings.get(0);
  }

  /** The interior rings (holes), possibly none. */
  public List<List<Point>> interiorRings() {
    return rings.subList(1, rings.size());
  }

  /**
   * Reads a polygon from its well-known text, e.g. {@code POLYGON ((0 0, 1 0, 1 1, 0 0))}.
   *
   * @throws IllegalArgumentException if the text is not a polygon's WKT
   */
  public static Polygon fromWellKnownText(String text) {
    return WktReader.expect(Geometry.fromWellKnownText(text), Polygon.class, text);
  }

  /**
   * Reads a polygon from its well-known binary, in either byte order.
   *
   * @throws IllegalArgumentException if the bytes are not a polygon's WKB
   */
  public static Polygon fromWellKnownBinary(ByteBuffer bytes) {
    return WkbReader.expect(Geometry.fromWellKnownBinary(bytes), Polygon.class);
  }

  @Override
  public String asWellKnownText() {
    StringBuilder text = new StringBuilder("POLYGON (");
    for (int i = 0; i < rings.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(WktWriter.ring(rings.get(i)));
    }
    return text.append(')').toString();
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
