package io.sibyl.driver.type.geometry;

import java.nio.ByteBuffer;

/**
 * A planar geometry of DataStax Enterprise's geometric types: a {@link Point}, {@link LineString}
 * or {@link Polygon}. Immutable; equal when their coordinates are equal.
 */
public sealed interface Geometry permits Point, LineString, Polygon {

  /** The well-known text form, e.g. {@code POINT (1.5 -2)}. */
  String asWellKnownText();

  /** The well-known binary form, little-endian (as the geometric custom types store it). */
  ByteBuffer asWellKnownBinary();

  /**
   * Reads any geometry from its well-known text.
   *
   * @throws IllegalArgumentException if the text is not the WKT of a point, line string or polygon
   */
  static Geometry fromWellKnownText(String text) {
    return new WktReader(text).read();
  }

  /**
   * Reads any geometry from its well-known binary, in either byte order.
   *
   * @throws IllegalArgumentException if the bytes are not the WKB of a point, line string or
   *     polygon
   */
  static Geometry fromWellKnownBinary(ByteBuffer bytes) {
    return WkbReader.read(bytes);
  }
}
