package io.sibyl.mapper.generated;

import io.sibyl.driver.type.geometry.Polygon;

/**
 * A {@link Polygon} in a {@code blob} column, as well-known binary: the mapper's default for a
 * polygon.
 */
public final class PolygonBlobCodec extends GeometryBlobCodec<Polygon> {

  /** The codec. */
  public PolygonBlobCodec() {
    super(Polygon.class, Polygon::fromWellKnownBinary);
  }
}
