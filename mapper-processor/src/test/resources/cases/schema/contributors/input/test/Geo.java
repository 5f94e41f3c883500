package test;

import io.sibyl.mapper.annotations.Udt;

@Udt
public class Geo {
  private double lat;
  private double lon;

  public double getLat() {
    return lat;
  }

  public void setLat(double lat) {
    this.lat = lat;
  }

  public double getLon() {
    return lon;
  }

  public void setLon(double lon) {
    this.lon = lon;
  }
}
