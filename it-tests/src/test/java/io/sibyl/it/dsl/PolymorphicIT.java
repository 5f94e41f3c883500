package io.sibyl.it.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.DriverException;
import io.sibyl.driver.Row;
import io.sibyl.driver.metadata.IndexMetadata;
import io.sibyl.it.dsl.vehicles.Car;
import io.sibyl.it.dsl.vehicles.Car_;
import io.sibyl.it.dsl.vehicles.Truck;
import io.sibyl.it.dsl.vehicles.Truck_;
import io.sibyl.it.dsl.vehicles.Vehicle;
import io.sibyl.it.dsl.vehicles.Vehicle_;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.query.InvalidOrderingException;
import io.sibyl.mapper.query.InvalidProjectionException;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.schema.SchemaPlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Polymorphic tables: cars and trucks in one table, through the base's and subtypes' DSL. */
class PolymorphicIT extends SessionITBase {

  private static Mapper mapper;
  private static SchemaPlan createdWith;
  private static QueryTable<Vehicle> vehicles;
  private static QueryTable<Car> cars;
  private static QueryTable<Truck> trucks;

  @BeforeAll
  static void syncSchema() {
    mapper = Mapper.builder(session).schemaEntities(Vehicle.class).build();
    createdWith = mapper.schema().apply();
    vehicles = Vehicle_.table(mapper);
    cars = Car_.table(mapper);
    trucks = mapper.table(Truck.class);
  }

  @BeforeEach
  void fill() {
    session.execute("TRUNCATE dsl_vehicles");
    vehicles.save(new Car("ada", 1, "Zoe", 5));
    cars.save(new Car("ada", 2, "Clio", 3));
    vehicles.save(Truck.of("ada", 3, "Actros", 18000.0));
    trucks.save(Truck.of("bob", 1, "FH", 12000.0));
    Truck_.table(mapper).save(Truck.of("bob", 2, "Daily", null));
    cars.save(new Car("bob", 3, "Twingo", 3));
  }

  @Test
  void should_create_the_table_with_a_storage_attached_index_on_the_discriminator() {
    assertThat(createdWith.cqlScript())
        .contains("kind text")
        .contains("CREATE CUSTOM INDEX IF NOT EXISTS dsl_vehicles_kind_idx")
        .contains("USING 'StorageAttachedIndex'");
    assertThat(mapper.schema().plan().isEmpty()).isTrue();
    Map<String, IndexMetadata> indexes =
        session
            .metadata()
            .keyspace(keyspace)
            .orElseThrow()
            .table("dsl_vehicles")
            .orElseThrow()
            .indexes();
    assertThat(indexes).containsKey("dsl_vehicles_kind_idx");
    assertThat(indexes.get("dsl_vehicles_kind_idx").options().get("class_name"))
        .contains("StorageAttachedIndex");

    assertThat(kindOf("ada", 1)).isEqualTo("car");
    assertThat(kindOf("ada", 2)).isEqualTo("car");
    assertThat(kindOf("ada", 3)).isEqualTo("truck");
    assertThat(kindOf("bob", 1)).isEqualTo("truck");
  }

  @Test
  void should_read_rows_of_the_base_as_their_subtypes() {
    List<Vehicle> ada = vehicles.select().where(Vehicle_.OWNER.eq("ada")).list();

    assertThat(ada).hasSize(3);
    assertThat(ada.get(0)).isEqualTo(new Car("ada", 1, "Zoe", 5));
    assertThat(ada.get(1)).isEqualTo(new Car("ada", 2, "Clio", 3));
    assertThat(ada.get(2))
        .isInstanceOfSatisfying(
            Truck.class,
            t -> {
              assertThat(t.getModel()).isEqualTo("Actros");
              assertThat(t.getPayload()).isEqualTo(18000.0);
            });
    assertThat(vehicles.select().list()).hasSize(6);
    assertThat(vehicles.select().count()).isEqualTo(6);
    assertThat(
            vehicles.select().where(Vehicle_.OWNER.eq("bob"), Vehicle_.ID.lte(2)).list().stream()
                .allMatch(v -> v instanceof Truck))
        .isTrue();
  }

  @Test
  void should_select_and_count_only_the_rows_of_a_subtype() {
    assertThat(cars.select().cql()).contains("WHERE kind = ?");
    assertThat(cars.select().list())
        .extracting(Car::model)
        .containsExactlyInAnyOrder("Zoe", "Clio", "Twingo");
    assertThat(cars.select().count()).isEqualTo(3);
    assertThat(trucks.select().count()).isEqualTo(3);

    assertThat(cars.select().where(Car_.OWNER.eq("ada")).list())
        .containsExactly(new Car("ada", 1, "Zoe", 5), new Car("ada", 2, "Clio", 3));
    assertThat(cars.select().where(Car_.OWNER.eq("bob")).count()).isEqualTo(1);
    assertThat(cars.select().where(Car_.OWNER.eq("ada"), Car_.ID.gte(2)).list())
        .extracting(Car::model)
        .containsExactly("Clio");
    assertThat(trucks.select().where(Truck_.OWNER.eq("ada")).list())
        .extracting(Truck::getModel)
        .containsExactly("Actros");
    assertThat(cars.select(Car_.MODEL).where(Car_.OWNER.eq("ada")).list())
        .extracting(p -> p.get(Car_.MODEL))
        .containsExactly("Zoe", "Clio");
    assertThat(cars.select().where(Car_.OWNER.eq("ada")).first())
        .hasValue(new Car("ada", 1, "Zoe", 5));
  }

  @Test
  void should_refuse_before_sending_the_index_queries_that_cassandra_refuses() {
    // The subtype's selects restrict the indexed discriminator: no ordering, no IN on the key.
    assertThatThrownBy(
            () -> cars.select().where(Car_.OWNER.eq("ada")).orderBy(Car_.ID.desc()).list())
        .isInstanceOf(InvalidOrderingException.class)
        .hasMessageStartingWith(
            "Select on dsl_vehicles restricts indexed column kind and orders by id");
    assertThatThrownBy(() -> cars.select().where(Car_.OWNER.in("ada", "bob")).list())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageStartingWith(
            "Select on dsl_vehicles restricts indexed column kind together with IN on the partition"
                + " key");
    // And the server does refuse them.
    assertThatThrownBy(
            () ->
                session.execute(
                    "SELECT * FROM dsl_vehicles WHERE owner = 'ada' AND kind = 'car' ORDER BY id DESC"))
        .isInstanceOf(DriverException.class);
    assertThatThrownBy(
            () ->
                session.execute(
                    "SELECT * FROM dsl_vehicles WHERE owner IN ('ada', 'bob') AND kind = 'car'"))
        .isInstanceOf(DriverException.class);

    assertThat(vehicles.select().where(Vehicle_.OWNER.eq("ada")).orderBy(Vehicle_.ID.desc()).list())
        .extracting(v -> v instanceof Car car ? car.id() : ((Truck) v).getId())
        .containsExactly(3, 2, 1);
  }

  @Test
  void should_get_by_key_on_the_base_and_only_own_rows_on_a_subtype() {
    assertThat(vehicles.get("ada", 3)).isInstanceOf(Truck.class);
    assertThat(vehicles.get("ada", 1)).isEqualTo(new Car("ada", 1, "Zoe", 5));
    assertThat(vehicles.get("ada", 9)).isNull();

    assertThat(cars.get("ada", 1)).isEqualTo(new Car("ada", 1, "Zoe", 5));
    assertThat(cars.get("ada", 3)).as("a truck is no car").isNull();
    assertThat(trucks.get("ada", 3).getPayload()).isEqualTo(18000.0);
    assertThat(trucks.get("bob", 2).getPayload()).isNull();
  }

  @Test
  void should_delete_through_the_base_and_the_subtypes() {
    vehicles.delete(vehicles.get("ada", 1));
    cars.deleteByKey("bob", 3);
    trucks.delete(trucks.get("ada", 3));

    assertThat(vehicles.select().list())
        .extracting(v -> v.getClass().getSimpleName())
        .containsExactlyInAnyOrder("Car", "Truck", "Truck");
    assertThat(cars.select().list()).containsExactly(new Car("ada", 2, "Clio", 3));
  }

  @Test
  void should_report_the_current_row_as_its_subtype_when_a_conditional_save_fails() {
    LwtResult<Vehicle> result = vehicles.saveIfAbsent(new Car("ada", 3, "Kangoo", 5));

    assertThat(result.wasApplied()).isFalse();
    assertThat(result.current()).containsInstanceOf(Truck.class);
    assertThat(vehicles.saveIfAbsent(new Car("ada", 4, "Kangoo", 5)).wasApplied()).isTrue();
    assertThat(cars.get("ada", 4).model()).isEqualTo("Kangoo");
  }

  @Test
  void should_leave_the_columns_of_other_subtypes_unset_even_when_nulls_are_written() {
    Mapper nullWriting = Mapper.builder(session).nullSaving(NullSavingStrategy.SET_TO_NULL).build();

    Vehicle_.table(nullWriting).save(new Car("ada", 3, null, 2));

    Row row =
        session
            .execute(
                "SELECT kind, model, doors, payload_kg FROM dsl_vehicles"
                    + " WHERE owner = 'ada' AND id = 3")
            .one();
    assertThat(row.getString(0)).isEqualTo("car");
    assertThat(row.isNull(1)).as("a car column, written as null").isTrue();
    assertThat(row.getInt(2)).isEqualTo(2);
    assertThat(row.getDouble(3)).as("a truck column, left unset").isEqualTo(18000.0);
  }

  @Test
  void should_report_a_discriminator_value_that_no_subtype_maps() {
    session.execute(
        "INSERT INTO dsl_vehicles (owner, id, kind, model) VALUES ('eve', 1, 'bus', 'x')");

    assertThatThrownBy(() -> vehicles.get("eve", 1))
        .isInstanceOf(MapperException.class)
        .hasMessageContaining("table dsl_vehicles")
        .hasMessageContaining("kind = 'bus'")
        .hasMessageContaining("known values: car, truck")
        .hasMessageContaining("@DiscriminatorValue(\"bus\")");
    assertThatThrownBy(() -> vehicles.select().where(Vehicle_.OWNER.eq("eve")).list())
        .isInstanceOf(MapperException.class);
    assertThat(cars.select().where(Car_.OWNER.eq("eve")).list()).isEmpty();

    session.execute("INSERT INTO dsl_vehicles (owner, id, model) VALUES ('eve', 2, 'x')");
    assertThatThrownBy(() -> vehicles.get("eve", 2))
        .isInstanceOf(MapperException.class)
        .hasMessageContaining("has no kind value");
  }

  @Test
  void should_find_the_dsl_of_an_entity_by_class() {
    assertThat(mapper.table(Car.class).select().cql()).isEqualTo(cars.select().cql());
    assertThat(mapper.table(Vehicle.class).select().where(Vehicle_.OWNER.eq("bob")).list())
        .hasSize(3);
    assertThat(mapper.table(Car.class).get("bob", 3)).isEqualTo(new Car("bob", 3, "Twingo", 3));
    assertThat(mapper.table(Post.class).select().cql())
        .isEqualTo(Post_.table(mapper).select().cql());

    assertThatThrownBy(() -> mapper.table(String.class))
        .isInstanceOf(MapperException.class)
        .hasMessageContaining("No generated metamodel of java.lang.String")
        .hasMessageContaining("@Table");
  }

  @Test
  void should_refuse_to_defer_the_discriminator_and_read_subtypes_without_other_columns() {
    ColumnRef<Vehicle, ?> kind = Vehicle_.METAMODEL_.discriminator();
    assertThat(kind.cql()).isEqualTo("kind");
    assertThat(Vehicle_.METAMODEL_.columns()).contains(kind);

    assertThatThrownBy(() -> vehicles.select().defer(Vehicle_.MODEL, kind))
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessage(
            "defer(kind) on dsl_vehicles is refused: it is the discriminator column, from which"
                + " each row's subtype is read, and every entity needs it; defer regular or static"
                + " columns only");
    ColumnRef<Car, ?> carKind = Car_.METAMODEL_.discriminator();
    assertThatThrownBy(() -> cars.select().defer(carKind))
        .isInstanceOf(InvalidProjectionException.class)
        .hasMessageStartingWith("defer(kind) on dsl_vehicles is refused: it is the discriminator");

    List<Vehicle> ada =
        vehicles.select().defer(Vehicle_.MODEL).where(Vehicle_.OWNER.eq("ada")).list();
    assertThat(ada).hasSize(3);
    assertThat(ada.get(0)).isEqualTo(new Car("ada", 1, null, 5));
    assertThat(ada.get(2))
        .isInstanceOfSatisfying(
            Truck.class,
            t -> {
              assertThat(t.getModel()).isNull();
              assertThat(t.getPayload()).isEqualTo(18000.0);
            });
  }

  private static String kindOf(String owner, int id) {
    return session
        .execute("SELECT kind FROM dsl_vehicles WHERE owner = ? AND id = ?", owner, id)
        .one()
        .getString(0);
  }
}
