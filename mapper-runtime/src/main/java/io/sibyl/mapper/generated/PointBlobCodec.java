package io.sibyl.mapper.generated;

import io.sibyl.driver.type.geometry.Point;

/**
 * A {@link Point} in a {@code blob} column, as well-known binary: the mapper's default for a point.
 */
public final class PointBlobCodec extends GeometryBlobCodec<Point> {

  /** The codec. */
  public PointBlobCodec() {
    super(Point.class, Point::fromWellKnownBinary);
  }
}
