package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Row;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.Tuple2;
import io.sibyl.driver.type.Tuple3;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.TupleValue;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.it.mapper.tuple.Route;
import io.sibyl.it.mapper.tuple.RouteRepository;
import io.sibyl.it.mapper.tuple.Route_;
import io.sibyl.it.mapper.tuple.Waypoint;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.schema.ChangeKind;
import io.sibyl.mapper.schema.SchemaChange;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Typed tuples ({@code Tuple2}, {@code Tuple3}) against a real node: the table created by schema
 * sync, tuples in keys, collections, other tuples and UDTs, repository finders and the DSL, and the
 * bytes on the server equal to what the driver's {@code TupleValue} writes.
 */
class TypedTupleIT extends SessionITBase {

  private static final Tuple2<String, Integer> EU = Tuple2.of("eu", 1);
  private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

  private static Mapper mapper;
  private static RouteRepository routes;
  private static QueryTable<Route> table;

  @BeforeAll
  static void createSchema() {
    mapper = Mapper.builder(session).schemaEntities(Route.class).build();
    List<SchemaChange> changes = mapper.schema().apply().changes();
    assertThat(changes)
        .extracting(SchemaChange::kind)
        .containsExactly(ChangeKind.CREATE_TYPE, ChangeKind.CREATE_TABLE);
    routes = mapper.repository(RouteRepository.class);
    table = Route_.table(mapper);
  }

  private static Route route(Tuple2<String, Integer> region, int leg, String name) {
    return new Route(
        region,
        Tuple3.of(leg, name, T0.plusSeconds(leg)),
        Tuple2.of(48.85, 2.35),
        List.of(Tuple2.of(1, "Paris"), Tuple2.of(2, null)),
        Map.of(
            "lyon",
            Tuple2.of(new Waypoint("Lyon", Tuple2.of(9, 17)), List.of("a", "b")),
            "nowhere",
            Tuple2.of(null, List.of())),
        Tuple2.of(Tuple2.of(3, 4), "nested"),
        new Waypoint("Dijon", Tuple2.of(null, 5)),
        Tuple2.of(7, "ascii"));
  }

  @Test
  void should_create_tuple_columns_with_schema_sync_and_find_no_difference_afterwards() {
    assertThat(mapper.schema().plan().safeChanges()).isEmpty();
    var columns = session.metadata().keyspace(keyspace).orElseThrow().table("tuple_routes");
    assertThat(columns).isPresent();
    assertThat(columns.get().column("region").orElseThrow().type().asCql())
        .isEqualTo(DataTypes.tupleOf(DataTypes.TEXT, DataTypes.INT).asCql());
    assertThat(columns.get().column("code").orElseThrow().type())
        .isEqualTo(DataTypes.tupleOf(DataTypes.INT, DataTypes.ASCII));
  }

  @Test
  void should_write_and_read_typed_tuples_in_keys_collections_tuples_and_udts() {
    Route route = route(EU, 1, "first");

    routes.save(route);

    assertThat(routes.find(EU, route.leg())).contains(route);
  }

  @Test
  void should_store_the_bytes_a_tuple_value_would() {
    Tuple2<String, Integer> region = Tuple2.of("bytes", 9);
    Route route = route(region, 1, "bytes");
    routes.save(route);

    Row row =
        session
            .execute(
                "SELECT origin, stops FROM tuple_routes" + " WHERE region = ?",
                TupleValue.of(DataTypes.tupleOf(DataTypes.TEXT, DataTypes.INT), "bytes", 9))
            .one();
    TupleType pair = DataTypes.tupleOf(DataTypes.DOUBLE, DataTypes.DOUBLE);
    ByteBuffer stored = row.getBytesUnsafe(0);
    ByteBuffer untyped =
        CodecRegistry.DEFAULT
            .codecFor(pair, TupleValue.class)
            .encode(TupleValue.of(pair, 48.85, 2.35));
    assertThat(stored).isEqualTo(untyped);
    assertThat(row.get(0, TupleValue.class).getDouble(1)).isEqualTo(2.35);
    assertThat(row.get(1, GenericType.listOf(GenericType.tuple2Of(Integer.class, String.class))))
        .containsExactly(Tuple2.of(1, "Paris"), Tuple2.of(2, null));
  }

  @Test
  void should_restrict_and_order_by_tuple_keys_in_finders_and_queries() {
    Tuple2<String, Integer> region = Tuple2.of("finders", 2);
    Tuple2<String, Integer> other = Tuple2.of("finders", 3);
    Route first = route(region, 1, "a");
    Route second = route(region, 2, "b");
    Route third = route(other, 1, "c");
    List.of(first, second, third).forEach(routes::save);

    assertThat(routes.findByRegion(region)).containsExactly(first, second);
    assertThat(routes.findByRegionIn(List.of(region, other)))
        .containsExactlyInAnyOrder(first, second, third);
    assertThat(routes.fromLegNewestFirst(region, first.leg())).containsExactly(second, first);
    assertThat(routes.fromLegNewestFirst(region, Tuple3.of(1, "b", T0))).containsExactly(second);
  }

  @Test
  void should_update_a_tuple_column_from_a_repository() {
    Tuple2<String, Integer> region = Tuple2.of("update", 1);
    Route route = route(region, 1, "moved");
    routes.save(route);

    routes.moveOrigin(region, route.leg(), Tuple2.of(null, -1.5));

    assertThat(routes.find(region, route.leg()).orElseThrow().origin())
        .isEqualTo(Tuple2.of(null, -1.5));
  }

  @Test
  void should_restrict_and_set_tuple_columns_in_the_dsl_with_typed_values() {
    Tuple2<String, Integer> region = Tuple2.of("dsl", 4);
    Route first = route(region, 1, "a");
    Route second = route(region, 2, "b");
    table.save(first);
    table.save(second);

    table
        .update()
        .set(
            Route_.ORIGIN.set(Tuple2.of(1.0, 2.0)),
            Route_.NESTED.set(Tuple2.of(Tuple2.of(5, 6), "changed")))
        .where(Route_.REGION.eq(region), Route_.LEG.eq(second.leg()))
        .execute();

    List<Route> read =
        table
            .select()
            .where(
                Route_.REGION.in(List.of(region, Tuple2.of("absent", 0))),
                Route_.LEG.gt(first.leg()))
            .list();
    assertThat(read).hasSize(1);
    assertThat(read.get(0).origin()).isEqualTo(Tuple2.of(1.0, 2.0));
    assertThat(read.get(0).nested()).isEqualTo(Tuple2.of(Tuple2.of(5, 6), "changed"));
    assertThat(read.get(0).stops()).isEqualTo(second.stops());
  }
}
