package io.sibyl.driver.type.geometry;

import java.math.BigDecimal;
import java.util.List;

/** Writes coordinates in well-known text: the shortest decimal form of each, never an exponent. */
final class WktWriter {
  private WktWriter() {}

  /** {@code x y}. */
  static String coordinates(Point point) {
    return number(point.x()) + " " + number(point.y());
  }

  /** {@code (x y, x y, ...)}. */
  static String ring(List<Point> points) {
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < points.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(coordinates(points.get(i)));
    }
    return text.append(')').toString();
  }

  private static String number(double value) {
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
