package io.sibyl.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.dse.driver.api.core.type.codec.DseTypeCodecs;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.type.CustomType;
import io.sibyl.driver.type.codec.TypeCodec;
import io.sibyl.driver.type.geometry.Geometry;
import io.sibyl.it.support.SessionITBase;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DSE's geometric types, Sibyl's codecs against the reference Java driver's ({@code DseTypeCodecs},
 * on the ESRI geometry library): the same bytes for the same geometry, each decoding the other's;
 * then through a real node. Apache Cassandra has no {@code PointType}, {@code LineStringType} or
 * {@code PolygonType} marshal classes, so the codec bytes travel in a {@code blob} column: one
 * driver writes its codec's bytes, the other reads them back and decodes them with its own codec.
 */
class GeometryInteropIT extends SessionITBase {
  private static final String MARSHAL = "org.apache.cassandra.db.marshal.";
  private static final ProtocolVersion V5 = ProtocolVersion.V5;

  private static CqlSession reference;

  /** Well-known texts, among them rings given clockwise and holes given counterclockwise. */
  static List<String> samples() {
    return List.of(
        "POINT (0 0)",
        "POINT (1.5 -2.25)",
        "POINT (-122.4194 37.7749)",
        "LINESTRING (30 10, 10 30, 40 40)",
        "LINESTRING (0.1 0.2, -1000000.5 3)",
        "POLYGON ((30 10, 40 40, 20 40, 10 20, 30 10))",
        "POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))",
        "POLYGON ((35 10, 45 45, 15 40, 10 20, 35 10), (20 30, 35 35, 30 20, 20 30))",
        "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2), (6 6, 8 6, 8 8, 6 6))",
        "POLYGON ((5 5, 10 0, 10 10, 0 10, 0 0, 5 5))");
  }

  @BeforeAll
  static void createTableAndConnectTheReferenceDriver() {
    session.execute("CREATE TABLE geometries (k text PRIMARY KEY, wkb blob)");
    reference = ReferenceSide.openSession(cluster, keyspace);
  }

  @AfterAll
  static void closeTheReferenceDriver() {
    if (reference != null) {
      reference.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void should_encode_the_same_bytes_as_the_reference_driver_and_decode_its_bytes(String wkt) {
    Object referenceValue = referenceGeometry(wkt);
    Geometry sibylValue = Geometry.fromWellKnownText(wkt);

    ByteBuffer referenceBytes = referenceEncode(wkt, referenceValue);
    ByteBuffer sibylBytes = sibylCodec(wkt).encode(sibylValue);

    assertThat(hex(sibylBytes)).isEqualTo(hex(referenceBytes));
    assertThat(sibylCodec(wkt).decode(referenceBytes)).isEqualTo(sibylValue);
    assertThat(referenceDecode(wkt, sibylBytes)).isEqualTo(referenceValue);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void should_read_back_through_a_real_node_what_the_other_driver_wrote(String wkt) {
    Object referenceValue = referenceGeometry(wkt);
    Geometry sibylValue = Geometry.fromWellKnownText(wkt);
    PreparedStatement insert = session.prepare("INSERT INTO geometries (k, wkb) VALUES (?, ?)");

    session.execute(insert.bind("sibyl " + wkt, sibylCodec(wkt).encode(sibylValue)));
    reference.execute(
        "INSERT INTO geometries (k, wkb) VALUES (?, ?)",
        "reference " + wkt,
        referenceEncode(wkt, referenceValue));

    ByteBuffer writtenBySibyl =
        reference
            .execute("SELECT wkb FROM geometries WHERE k = ?", "sibyl " + wkt)
            .one()
            .getByteBuffer(0);
    ByteBuffer writtenByReference =
        session
            .execute("SELECT wkb FROM geometries WHERE k = ?", "reference " + wkt)
            .one()
            .get(0, ByteBuffer.class);
    assertThat(referenceDecode(wkt, writtenBySibyl)).isEqualTo(referenceValue);
    assertThat(sibylCodec(wkt).decode(writtenByReference)).isEqualTo(sibylValue);
  }

  @Test
  void should_map_the_geometric_custom_types_to_sibyl_geometry_codecs() {
    for (String type : List.of("PointType", "LineStringType", "PolygonType")) {
      TypeCodec<Object> codec = session.codecRegistry().codecFor(new CustomType(MARSHAL + type));
      assertThat(codec.javaType().getRawType().getSimpleName()).isEqualTo(type.replace("Type", ""));
    }
  }

  private static TypeCodec<Geometry> sibylCodec(String wkt) {
    return session.codecRegistry().codecFor(Geometry.fromWellKnownText(wkt));
  }

  private static Object referenceGeometry(String wkt) {
    if (wkt.startsWith("POINT")) {
      return com.datastax.dse.driver.api.core.data.geometry.Point.fromWellKnownText(wkt);
    } else if (wkt.startsWith("LINESTRING")) {
      return com.datastax.dse.driver.api.core.data.geometry.LineString.fromWellKnownText(wkt);
    }
    return com.datastax.dse.driver.api.core.data.geometry.Polygon.fromWellKnownText(wkt);
  }

  private static ByteBuffer referenceEncode(String wkt, Object value) {
    if (value instanceof com.datastax.dse.driver.api.core.data.geometry.Point point) {
      return DseTypeCodecs.POINT.encode(point, V5);
    } else if (value instanceof com.datastax.dse.driver.api.core.data.geometry.LineString line) {
      return DseTypeCodecs.LINE_STRING.encode(line, V5);
    }
    return DseTypeCodecs.POLYGON.encode(
        (com.datastax.dse.driver.api.core.data.geometry.Polygon) value, V5);
  }

  private static Object referenceDecode(String wkt, ByteBuffer bytes) {
    if (wkt.startsWith("POINT")) {
      return DseTypeCodecs.POINT.decode(bytes, V5);
    } else if (wkt.startsWith("LINESTRING")) {
      return DseTypeCodecs.LINE_STRING.decode(bytes, V5);
    }
    return DseTypeCodecs.POLYGON.decode(bytes, V5);
  }

  private static String hex(ByteBuffer bytes) {
    byte[] array = new byte[bytes.remaining()];
    bytes.duplicate().get(array);
    return java.util.HexFormat.of().formatHex(array);
  }
}
