package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.Udt;

/** A UDT as an immutable class, nested in {@link Address}. */
@Udt
public final class Geo {
  private final double lat;
  private final double lon;

  /** A position. */
  public Geo(double lat, double lon) {
    this.lat = lat;
    this.lon = lon;
  }

  /** The latitude. */
  public double lat() {
    return lat;
  }

  /** The longitude. */
  public double lon() {
    return lon;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Geo that
        && Double.compare(lat, that.lat) == 0
        && Double.compare(lon, that.lon) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(lat) * 31 + Double.hashCode(lon);
  }

  @Override
  public String toString() {
    return "Geo[" + lat + ", " + lon + "]";
  }
}
