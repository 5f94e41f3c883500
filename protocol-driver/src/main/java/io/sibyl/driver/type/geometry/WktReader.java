package io.sibyl.driver.type.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the well-known text of a point, line string or polygon (2D; keywords in any case, any
 * whitespace). One instance reads one text.
 */
final class WktReader {
  private final String text;
  private int position;

  WktReader(String text) {
    if (text == null) {
      throw new IllegalArgumentException("Well-known text must not be null");
    }
    this.text = text;
  }

  /** The geometry, or {@code IllegalArgumentException} naming where the text went wrong. */
  Geometry read() {
    String keyword = word().toUpperCase(Locale.ROOT);
    Geometry geometry =
        switch (keyword) {
          case "POINT" -> {
            expect('(');
            Point point = point();
            expect(')');
            yield point;
          }
          case "LINESTRING" -> new LineString(points());
          case "POLYGON" -> polygon();
          default ->
              throw error(
                  "expected POINT, LINESTRING or POLYGON (Sibyl reads no other geometry types)");
        };
    skipSpaces();
    if (position != text.length()) {
      throw error("unexpected text after the geometry");
    }
    return geometry;
  }

  /** {@code geometry} as {@code type}, or {@code IllegalArgumentException}. */
  static <T extends Geometry> T expect(Geometry geometry, Class<T> type, String text) {
    if (!type.isInstance(geometry)) {
      throw new IllegalArgumentException(
          "Expected the well-known text of a " + type.getSimpleName() + ", got: " + text);
    }
    return type.cast(geometry);
  }

  private Polygon polygon() {
    expect('(');
    List<List<Point>> rings = new ArrayList<>();
    do {
      rings.add(points());
    } while (comma());
    expect(')');
    try {
      return new Polygon(rings);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + ", in well-known text: " + text, e);
    }
  }

  private List<Point> points() {
    expect('(');
    List<Point> points = new ArrayList<>();
    do {
      points.add(point());
    } while (comma());
    expect(')');
    if (points.size() < 2) {
      throw error("expected at least 2 points");
    }
    return points;
  }

  private Point point() {
    return new Point(number(), number());
  }

  private double number() {
    skipSpaces();
    int start = position;
    while (position < text.length() && "+-.0123456789eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    try {
      return Double.parseDouble(text.substring(start, position));
    } catch (NumberFormatException e) {
      position = start;
      throw error("expected a number");
    }
  }

  private String word() {
    skipSpaces();
    int start = position;
    while (position < text.length() && Character.isLetter(text.charAt(position))) {
      position++;
    }
    return text.substring(start, position);
  }

  private boolean comma() {
    skipSpaces();
    if (position < text.length() && text.charAt(position) == ',') {
      position++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    skipSpaces();
    if (position >= text.length() || text.charAt(position) != c) {
      throw error("expected '" + c + "'");
    }
    position++;
  }

  private void skipSpaces() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(
        "Malformed well-known text at offset " + position + ": " + what + ", in: " + text);
  }
}
