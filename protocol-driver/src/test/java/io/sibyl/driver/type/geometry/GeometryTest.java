package io.sibyl.driver.type.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry values, their well-known text and binary forms. */
class GeometryTest {
  private static final Polygon WITH_HOLE =
      new Polygon(
          List.of(
              List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10), new Point(0, 10)),
              List.of(new Point(2, 2), new Point(2, 3), new Point(3, 3), new Point(2, 2))));

  @Test
  void should_write_and_read_well_known_text() {
    assertThat(new Point(1.5, -2).asWellKnownText()).isEqualTo("POINT (1.5 -2)");
    assertThat(LineString.of(new Point(0, 0), new Point(1e-7, 3e20)).asWellKnownText())
        .isEqualTo("LINESTRING (0 0, 0.0000001 300000000000000000000)");
    assertThat(WITH_HOLE.asWellKnownText())
        .isEqualTo("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 3, 3 3, 2 2))");

    for (Geometry geometry :
        List.of(
            new Point(-0.1, 123456.789),
            LineString.of(new Point(1, 2), new Point(3, 4), new Point(-5.25, 6)),
            WITH_HOLE)) {
      assertThat(Geometry.fromWellKnownText(geometry.asWellKnownText())).isEqualTo(geometry);
      assertThat(geometry.toString()).isEqualTo(geometry.asWellKnownText());
    }
  }

  @Test
  void should_read_well_known_text_in_any_case_and_spacing() {
    assertThat(Point.fromWellKnownText("  point(1 2) ")).isEqualTo(new Point(1, 2));
    assertThat(LineString.fromWellKnownText("LineString(1 2,3 4)"))
        .isEqualTo(LineString.of(new Point(1, 2), new Point(3, 4)));
    assertThat(Polygon.fromWellKnownText("POLYGON((0 0,1 0,1 1,0 0))").exteriorRing()).hasSize(4);
  }

  @Test
  void should_refuse_malformed_well_known_text_saying_where() {
    assertThatThrownBy(() -> Geometry.fromWellKnownText("POINT (1 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Malformed well-known text at offset 10: expected ')', in: POINT (1 2");
    assertThatThrownBy(() -> Geometry.fromWellKnownText("MULTIPOINT ((1 2))"))
        .hasMessageContaining("expected POINT, LINESTRING or POLYGON");
    assertThatThrownBy(() -> Geometry.fromWellKnownText("POINT (1 x)"))
        .hasMessageContaining("expected a number");
    assertThatThrownBy(() -> Geometry.fromWellKnownText("POINT (1 2) extra"))
        .hasMessageContaining("unexpected text after the geometry");
    assertThatThrownBy(() -> Point.fromWellKnownText("LINESTRING (1 2, 3 4)"))
        .hasMessage("Expected the well-known text of a Point, got: LINESTRING (1 2, 3 4)");
    assertThatThrownBy(() -> Polygon.fromWellKnownText("POLYGON ((0 0, 1 1, 0 0))"))
        .hasMessageContaining("at least 3 distinct points");
  }

  @Test
  void should_write_little_endian_well_known_binary() {
    assertThat(hex(new Point(1, 2).asWellKnownBinary()))
        .isEqualTo("0101000000" + "000000000000f03f" + "0000000000000040");
    assertThat(hex(LineString.of(new Point(1, 2), new Point(3, 4)).asWellKnownBinary()))
        .startsWith("010200000002000000")
        .hasSize((9 + 32) * 2);
    assertThat(hex(WITH_HOLE.asWellKnownBinary()))
        .startsWith("010300000002000000" + "05000000")
        .hasSize((9 + 4 + 5 * 16 + 4 + 4 * 16) * 2);
  }

  @Test
  void should_read_well_known_binary_in_both_byte_orders() {
    ByteBuffer big = ByteBuffer.allocate(21).order(ByteOrder.BIG_ENDIAN);
    big.put((byte) 0).putInt(1).putDouble(1).putDouble(2).flip();
    assertThat(Point.fromWellKnownBinary(big)).isEqualTo(new Point(1, 2));
    assertThat(big.position()).isZero();

    for (Geometry geometry :
        List.of(new Point(3, -4), LineString.of(new Point(1, 2), new Point(3, 4)), WITH_HOLE)) {
      ByteBuffer little = geometry.asWellKnownBinary();
      assertThat(Geometry.fromWellKnownBinary(little)).isEqualTo(geometry);
      assertThat(Geometry.fromWellKnownBinary(bigEndianCopy(geometry))).isEqualTo(geometry);
    }
  }

  @Test
  void should_refuse_malformed_well_known_binary() {
    assertThatThrownBy(() -> Geometry.fromWellKnownBinary(ByteBuffer.wrap(new byte[] {1, 1, 0})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Malformed well-known binary: the bytes end too early");
    assertThatThrownBy(() -> Geometry.fromWellKnownBinary(ByteBuffer.wrap(new byte[] {2, 1})))
        .hasMessageContaining("byte order flag 2");
    ByteBuffer multiPoint = ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN);
    multiPoint.put((byte) 1).putInt(4).putInt(0).flip();
    assertThatThrownBy(() -> Geometry.fromWellKnownBinary(multiPoint))
        .hasMessageContaining("geometry type 4 is not");
    ByteBuffer huge = ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN);
    huge.put((byte) 1).putInt(2).putInt(Integer.MAX_VALUE).flip();
    assertThatThrownBy(() -> Geometry.fromWellKnownBinary(huge))
        .hasMessageContaining("does not fit");
    ByteBuffer trailing = ByteBuffer.allocate(22).put(new Point(1, 2).asWellKnownBinary()).flip();
    trailing.limit(22);
    assertThatThrownBy(() -> Geometry.fromWellKnownBinary(trailing))
        .hasMessageContaining("1 bytes follow the geometry");
    assertThatThrownBy(() -> Point.fromWellKnownBinary(WITH_HOLE.asWellKnownBinary()))
        .hasMessage("Expected the well-known binary of a Point, got a Polygon");
  }

  @Test
  void should_be_immutable_values_checked_on_construction() {
    Polygon open = Polygon.of(new Point(0, 0), new Point(1, 0), new Point(1, 1));
    Polygon closed = Polygon.of(new Point(0, 0), new Point(1, 0), new Point(1, 1), new Point(0, 0));

    assertThat(open).isEqualTo(closed).hasSameHashCodeAs(closed);
    assertThat(open.interiorRings()).isEmpty();
    assertThat(WITH_HOLE.interiorRings()).hasSize(1);
    assertThatThrownBy(() -> open.rings().add(List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Point(Double.NaN, 0))
        .hasMessage("A point's coordinates must be finite numbers, got (NaN, 0.0)");
    assertThatThrownBy(() -> new LineString(List.of(new Point(0, 0))))
        .hasMessage("A line string needs at least 2 points, got 1");
    assertThatThrownBy(() -> new Polygon(List.of())).hasMessage("A polygon needs an exterior ring");
  }

  @Test
  void should_orient_the_exterior_ring_counterclockwise_and_the_holes_clockwise() {
    Polygon clockwise =
        Polygon.fromWellKnownText(
            "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))");

    assertThat(clockwise.asWellKnownText())
        .isEqualTo("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))");
    assertThat(clockwise).isEqualTo(Polygon.fromWellKnownText(clockwise.asWellKnownText()));
  }

  private static ByteBuffer bigEndianCopy(Geometry geometry) {
    ByteBuffer little = geometry.asWellKnownBinary().order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer big = ByteBuffer.allocate(little.remaining()).order(ByteOrder.BIG_ENDIAN);
    little.get();
    big.put((byte) 0).putInt(little.getInt());
    copyBody(geometry, little, big);
    return big.flip();
  }

  private static void copyBody(Geometry geometry, ByteBuffer from, ByteBuffer to) {
    if (geometry instanceof Point) {
      to.putDouble(from.getDouble()).putDouble(from.getDouble());
      return;
    }
    int rings = geometry instanceof Polygon ? from.getInt() : 1;
    if (geometry instanceof Polygon) {
      to.putInt(rings);
    }
    for (int r = 0; r < rings; r++) {
      int points = from.getInt();
      to.putInt(points);
      for (int i = 0; i < 2 * points; i++) {
        to.putDouble(from.getDouble());
      }
    }
  }

  private static String hex(ByteBuffer bytes) {
    byte[] array = new byte[bytes.remaining()];
    bytes.duplicate().get(array);
    return HexFormat.of().formatHex(array);
  }
}
