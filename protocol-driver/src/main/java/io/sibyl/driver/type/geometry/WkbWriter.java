package io.sibyl.driver.type.geometry;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** Writes well-known binary, little-endian. */
final class WkbWriter {
  static final int POINT = 1;
  static final int LINE_STRING = 2;
  static final int POLYGON = 3;
  static final byte LITTLE_ENDIAN = 1;

  private WkbWriter() {}

  static ByteBuffer write(Point point) {
    ByteBuffer bytes = header(16, POINT);
    put(bytes, point);
    return bytes.flip();
  }

  static ByteBuffer write(LineString line) {
    ByteBuffer bytes = header(4 + 16 * line.points().size(), LINE_STRING);
    putPoints(bytes, line.points());
    return bytes.flip();
  }

  static ByteBuffer write(Polygon polygon) {
    int size = 4;
    for (List<Point> ring : polygon.rings()) {
      size += 4 + 16 * ring.size();
    }
    ByteBuffer bytes = header(size, POLYGON);
    bytes.putInt(polygon.rings().size());
    for (List<Point> ring : polygon.rings()) {
      putPoints(bytes, ring);
    }
    return bytes.flip();
  }

  private static ByteBuffer header(int bodySize, int type) {
    ByteBuffer bytes = ByteBuffer.allocate(5 + bodySize).order(ByteOrder.LITTLE_ENDIAN);
    return bytes.put(LITTLE_ENDIAN).putInt(type);
  }

  private static void putPoints(ByteBuffer bytes, List<Point> points) {
    bytes.putInt(points.size());
    for (Point point : points) {
      put(bytes, point);
    }
  }

  private static void put(ByteBuffer bytes, Point point) {
    bytes.putDouble(point.x()).putDouble(point.y());
  }
}
