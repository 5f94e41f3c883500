package io.sibyl.driver.type.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.CustomType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The registry's codecs of DSE's geometric custom types. */
class GeometryCodecTest {
  private static final CustomType POINT_TYPE =
      new CustomType("org.apache.cassandra.db.marshal.PointType");
  private static final CustomType LINE_STRING_TYPE =
      new CustomType("org.apache.cassandra.db.marshal.LineStringType");
  private static final CustomType POLYGON_TYPE =
      new CustomType("org.apache.cassandra.db.marshal.PolygonType");
  private static final CodecRegistry REGISTRY = CodecRegistry.DEFAULT;

  @Test
  void should_map_the_geometric_custom_types_to_their_values_by_default() {
    Point point = new Point(1, 2);
    LineString line = LineString.of(point, new Point(3, 4));
    Polygon polygon = Polygon.of(point, new Point(3, 4), new Point(5, 0));

    TypeCodec<Object> points = REGISTRY.codecFor(POINT_TYPE);
    TypeCodec<Object> lines = REGISTRY.codecFor(LINE_STRING_TYPE);
    TypeCodec<Object> polygons = REGISTRY.codecFor(POLYGON_TYPE);

    assertThat(points.decode(points.encode(point))).isEqualTo(point);
    assertThat(lines.decode(lines.encode(line))).isEqualTo(line);
    assertThat(polygons.decode(polygons.encode(polygon))).isEqualTo(polygon);
    assertThat(REGISTRY.codecFor(POINT_TYPE, Point.class).encode(point))
        .isEqualTo(point.asWellKnownBinary());
    assertThat(REGISTRY.codecFor(polygon).cqlType()).isEqualTo(POLYGON_TYPE);
    assertThat(REGISTRY.codecFor(line).cqlType()).isEqualTo(LINE_STRING_TYPE);
    assertThat(REGISTRY.codecFor(POINT_TYPE, ByteBuffer.class).decode(point.asWellKnownBinary()))
        .isEqualTo(point.asWellKnownBinary());
  }

  @Test
  void should_format_and_parse_quoted_well_known_text_literals() {
    TypeCodec<Polygon> codec = REGISTRY.codecFor(POLYGON_TYPE, Polygon.class);
    Polygon polygon = Polygon.of(new Point(0, 0), new Point(1, 0), new Point(1, 1));

    assertThat(codec.format(polygon)).isEqualTo("'POLYGON ((0 0, 1 0, 1 1, 0 0))'");
    assertThat(codec.parse(codec.format(polygon))).isEqualTo(polygon);
    assertThat(codec.format(null)).isEqualTo("NULL");
    assertThat(codec.parse("NULL")).isNull();
    assertThatThrownBy(() -> codec.parse("'POINT (1 2)'")).isInstanceOf(CodecException.class);
  }

  @Test
  void should_decode_null_or_empty_as_null_and_refuse_bytes_of_another_geometry() {
    TypeCodec<Point> codec = REGISTRY.codecFor(POINT_TYPE, Point.class);

    assertThat(codec.decode(null)).isNull();
    assertThat(codec.decode(ByteBuffer.allocate(0))).isNull();
    assertThat(codec.encode(null)).isNull();
    assertThatThrownBy(
            () -> codec.decode(LineString.of(new Point(0, 0), new Point(1, 1)).asWellKnownBinary()))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("Invalid org.apache.cassandra.db.marshal.PointType value")
        .hasMessageContaining("got a LineString");
  }
}
