package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.dse.driver.api.core.type.codec.DseTypeCodecs;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import io.sibyl.driver.Row;
import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.CustomType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.geometry.LineString;
import io.sibyl.driver.type.geometry.Point;
import io.sibyl.driver.type.geometry.Polygon;
import io.sibyl.it.mapper.geometry.Place;
import io.sibyl.it.mapper.geometry.PlaceRepository;
import io.sibyl.it.mapper.geometry.Place_;
import io.sibyl.it.mapper.geometry.Zone;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.schema.ChangeKind;
import io.sibyl.mapper.schema.SchemaChange;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Geometry properties against a real node: Apache Cassandra has no DSE geometric types, so the
 * mapper stores them as well-known binary in blob columns (schema sync creates them), the same
 * bytes DSE's custom types carry and the reference driver's DSE codecs write.
 */
class GeometryMapperIT extends SessionITBase {

  private static final String MARSHAL = "org.apache.cassandra.db.marshal.";
  private static final Point POINT = new Point(2.35, 48.85);
  private static final LineString LINE = LineString.fromWellKnownText("LINESTRING (0 0, 1 1, 2 0)");
  private static final Polygon SQUARE =
      Polygon.fromWellKnownText("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");

  private static Mapper mapper;
  private static PlaceRepository places;
  private static QueryTable<Place> table;

  @BeforeAll
  static void createSchema() {
    mapper = Mapper.builder(session).schemaEntities(Place.class).build();
    assertThat(mapper.schema().apply().changes())
        .extracting(SchemaChange::kind)
        .containsExactly(ChangeKind.CREATE_TYPE, ChangeKind.CREATE_TABLE);
    places = mapper.repository(PlaceRepository.class);
    table = Place_.table(mapper);
  }

  private static Place place(String id) {
    return new Place(id, POINT, LINE, SQUARE, new Point(1, 2), new Zone("centre", SQUARE));
  }

  @Test
  void should_create_blob_columns_and_find_no_difference_afterwards() {
    assertThat(mapper.schema().plan().safeChanges()).isEmpty();
    var routes = session.metadata().keyspace(keyspace).orElseThrow().table("geometry_places");
    for (String column : new String[] {"location", "route", "area", "entrance"}) {
      assertThat(routes.orElseThrow().column(column).orElseThrow().type())
          .isEqualTo(DataTypes.BLOB);
    }
  }

  @Test
  void should_write_and_read_geometries_through_a_repository() {
    Place place = place("paris");

    places.save(place);

    assertThat(places.find("paris")).contains(place);
    assertThat(places.findLocation("paris").orElseThrow().zone()).isEqualTo(place.zone());
  }

  @Test
  void should_keep_null_geometries_null() {
    Place sparse = new Place("sparse", null, null, null, null, new Zone("empty", null));

    places.save(sparse);

    assertThat(places.find("sparse")).contains(sparse);
  }

  @Test
  void should_store_the_bytes_of_the_dse_custom_types_and_of_the_reference_driver() {
    places.save(place("bytes"));

    Row row =
        session
            .execute("SELECT location, route, area FROM geometry_places WHERE id = ?", "bytes")
            .one();

    CodecRegistry registry = CodecRegistry.DEFAULT;
    assertThat(row.getBytesUnsafe(0))
        .isEqualTo(
            registry.codecFor(new CustomType(MARSHAL + "PointType"), Point.class).encode(POINT))
        .isEqualTo(
            DseTypeCodecs.POINT.encode(
                com.datastax.dse.driver.api.core.data.geometry.Point.fromCoordinates(2.35, 48.85),
                ProtocolVersion.V5));
    assertThat(row.getBytesUnsafe(1))
        .isEqualTo(
            registry
                .codecFor(new CustomType(MARSHAL + "LineStringType"), LineString.class)
                .encode(LINE));
    assertThat(row.getBytesUnsafe(2))
        .isEqualTo(
            DseTypeCodecs.POLYGON.encode(
                com.datastax.dse.driver.api.core.data.geometry.Polygon.fromWellKnownText(
                    "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                ProtocolVersion.V5));
  }

  @Test
  void should_read_geometries_written_by_other_clients_as_blobs() {
    ByteBuffer wkb =
        DseTypeCodecs.POINT.encode(
            com.datastax.dse.driver.api.core.data.geometry.Point.fromCoordinates(-1.5, 3),
            ProtocolVersion.V5);
    session.execute("INSERT INTO geometry_places (id, location) VALUES (?, ?)", "other", wkb);

    assertThat(places.find("other").orElseThrow().location()).isEqualTo(new Point(-1.5, 3));
  }

  @Test
  void should_fail_typed_on_a_blob_that_is_no_geometry() {
    session.execute(
        "INSERT INTO geometry_places (id, area) VALUES (?, ?)",
        "garbage",
        ByteBuffer.wrap(new byte[] {1, 2, 3}));

    assertThatThrownBy(() -> places.find("garbage"))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("Invalid Polygon in a blob");
  }

  @Test
  void should_update_and_select_geometries_in_repositories_and_the_dsl() {
    places.save(place("moving"));
    Point moved = new Point(5, 6);

    places.move("moving", moved);
    assertThat(places.find("moving").orElseThrow().location()).isEqualTo(moved);

    Polygon triangle = Polygon.fromWellKnownText("POLYGON ((0 0, 4 0, 0 4, 0 0))");
    table.update().set(Place_.AREA.set(triangle)).where(Place_.ID.eq("moving")).execute();
    Place read = table.select().where(Place_.ID.eq("moving")).one();
    assertThat(read.area()).isEqualTo(triangle);
    assertThat(read.location()).isEqualTo(moved);
  }
}
