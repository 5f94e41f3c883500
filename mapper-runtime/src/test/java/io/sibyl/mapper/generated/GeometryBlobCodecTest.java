package io.sibyl.mapper.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.CustomType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.geometry.LineString;
import io.sibyl.driver.type.geometry.Point;
import io.sibyl.driver.type.geometry.Polygon;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class GeometryBlobCodecTest {

  private static final String MARSHAL = "org.apache.cassandra.db.marshal.";

  @Test
  void should_write_the_bytes_of_the_dse_custom_types_into_a_blob() {
    Point point = new Point(1.5, -2);
    LineString line = LineString.fromWellKnownText("LINESTRING (0 0, 3 4)");
    Polygon polygon = Polygon.fromWellKnownText("POLYGON ((0 0, 0 5, 5 5, 0 0))");
    CodecRegistry registry = CodecRegistry.DEFAULT;

    assertThat(new PointBlobCodec().cqlType()).isEqualTo(DataTypes.BLOB);
    assertThat(new PointBlobCodec().encode(point))
        .isEqualTo(
            registry.codecFor(new CustomType(MARSHAL + "PointType"), Point.class).encode(point));
    assertThat(new LineStringBlobCodec().encode(line))
        .isEqualTo(
            registry
                .codecFor(new CustomType(MARSHAL + "LineStringType"), LineString.class)
                .encode(line));
    assertThat(new PolygonBlobCodec().encode(polygon))
        .isEqualTo(
            registry
                .codecFor(new CustomType(MARSHAL + "PolygonType"), Polygon.class)
                .encode(polygon));
    assertThat(new PolygonBlobCodec().decode(new PolygonBlobCodec().encode(polygon)))
        .isEqualTo(polygon);
  }

  @Test
  void should_keep_nulls_and_format_blob_literals() {
    PointBlobCodec codec = new PointBlobCodec();

    assertThat(codec.encode(null)).isNull();
    assertThat(codec.decode(null)).isNull();
    assertThat(codec.format(new Point(0, 0))).startsWith("0x0101000000");
    assertThat(codec.parse(codec.format(new Point(3, 4)))).isEqualTo(new Point(3, 4));
  }

  @Test
  void should_fail_typed_on_bytes_of_another_geometry_or_none() {
    ByteBuffer pointBytes = new Point(1, 1).asWellKnownBinary();

    assertThatThrownBy(() -> new LineStringBlobCodec().decode(pointBytes))
        .isInstanceOf(CodecException.class)
        .hasMessageStartingWith("Invalid LineString in a blob: ");
    assertThatThrownBy(() -> new PointBlobCodec().decode(ByteBuffer.wrap(new byte[] {1, 2})))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("well-known binary");
  }
}
