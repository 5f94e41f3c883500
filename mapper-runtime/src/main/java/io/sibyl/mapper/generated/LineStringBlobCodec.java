package io.sibyl.mapper.generated;

import io.sibyl.driver.type.geometry.LineString;

/**
 * A {@link LineString} in a {@code blob} column, as well-known binary: the mapper's default for a
 * line string.
 */
public final class LineStringBlobCodec extends GeometryBlobCodec<LineString> {

  /** The codec. */
  public LineStringBlobCodec() {
    super(LineString.class, LineString::fromWellKnownBinary);
  }
}
