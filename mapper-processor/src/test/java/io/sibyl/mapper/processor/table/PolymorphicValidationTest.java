package io.sibyl.mapper.processor.table;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.sibyl.mapper.processor.testing.Sources.assertOneError;
import static io.sibyl.mapper.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.Compilations;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class PolymorphicValidationTest {

  private static final String IMPORTS =
      """
      import io.sibyl.mapper.annotations.*;
      import java.util.*;
      """;

  private static final String CAR =
      """
      @DiscriminatorValue("car")
      record Car(@PartitionKey String owner, @ClusteringColumn int id, String model)
          implements Vehicle {}
      """;

  private static void expect(String id, String line, String body) {
    JavaFileObject file = source("Vehicle", IMPORTS + body);
    assertOneError(Compilations.compile(file), id, file, line);
  }

  @Test
  void should_report_a_base_that_is_not_sealed() {
    expect(
        "POLYMORPHIC_BASE_NOT_SEALED",
        "interface Vehicle",
        """
        @Table
        @Discriminator
        public interface Vehicle {}
        """
            + CAR);
  }

  @Test
  void should_report_a_base_that_is_a_concrete_class() {
    expect(
        "POLYMORPHIC_BASE_NOT_SEALED",
        "class Vehicle",
        """
        @Table
        @Discriminator
        public sealed class Vehicle permits Truck {
          @PartitionKey public String owner;
        }

        @DiscriminatorValue
        final class Truck extends Vehicle {}
        """);
  }

  @Test
  void should_report_a_permitted_subtype_without_discriminator_value() {
    expect(
        "DISCRIMINATOR_VALUE_MISSING",
        "record Truck",
        """
        @Table
        @Discriminator
        public sealed interface Vehicle permits Car, Truck {}
        """
            + CAR
            + """
            record Truck(@PartitionKey String owner, @ClusteringColumn int id, double payload)
                implements Vehicle {}
            """);
  }

  @Test
  void should_report_duplicate_discriminator_values_on_the_second_subtype() {
    expect(
        "DISCRIMINATOR_VALUE_DUPLICATE",
        "record Automobile",
        """
        @Table
        @Discriminator
        public sealed interface Vehicle permits Car, Automobile {}
        """
            + CAR
            + """
            @DiscriminatorValue("car") record Automobile(
                @PartitionKey String owner, @ClusteringColumn int id) implements Vehicle {}
            """);
  }

  @Test
  void should_report_a_default_value_that_duplicates_an_explicit_one() {
    expect(
        "DISCRIMINATOR_VALUE_DUPLICATE",
        "record Car",
        """
        @Table
        @Discriminator
        public sealed interface Vehicle permits Truck, Car {}

        @DiscriminatorValue("car")
        record Truck(@PartitionKey String owner, @ClusteringColumn int id) implements Vehicle {}

        @DiscriminatorValue record Car(@PartitionKey String owner, @ClusteringColumn int id)
            implements Vehicle {}
        """);
  }

  @Test
  void should_report_subtypes_with_different_primary_keys() {
    expect(
        "POLYMORPHIC_KEY_MISMATCH",
        "record Truck",
        """
        @Table
        @Discriminator
        public sealed interface Vehicle permits Car, Truck {}
        """
            + CAR
            + """
            @DiscriminatorValue
            record Truck(@PartitionKey String owner, @ClusteringColumn String id)
                implements Vehicle {}
            """);
  }

  @Test
  void should_report_subtypes_with_different_key_roles() {
    expect(
        "POLYMORPHIC_KEY_MISMATCH",
        "record Truck",
        """
        @Table
        @Discriminator
        public sealed interface Vehicle permits Car, Truck {}
        """
            + CAR
            + """
            @DiscriminatorValue
            record Truck(@PartitionKey(0) String owner, @PartitionKey(1) int id)
                implements Vehicle {}
            """);
  }

  @Test
  void should_report_a_shared_column_with_another_type_on_the_later_property() {
    expect(
        "POLYMORPHIC_COLUMN_CONFLICT",
        "int model",
        """
        @Table
        @Discriminator
        public sealed interface Vehicle permits Car, Truck {}
        """
            + CAR
            + """
            @DiscriminatorValue
            record Truck(
                @PartitionKey String owner,
                @ClusteringColumn int id,
                int model)
                implements Vehicle {}
            """);
  }

  @Test
  void should_report_a_shared_column_with_another_role() {
    expect(
        "POLYMORPHIC_COLUMN_CONFLICT",
        "@StaticColumn String model",
        """
        @Table
        @Discriminator
        public sealed interface Vehicle permits Car, Truck {}
        """
            + CAR
            + """
            @DiscriminatorValue
            record Truck(
                @PartitionKey String owner,
                @ClusteringColumn int id,
                @StaticColumn String model)
                implements Vehicle {}
            """);
  }

  @Test
  void should_report_a_property_mapped_to_two_columns() {
    expect(
        "POLYMORPHIC_PROPERTY_CONFLICT",
        "@Column(name = \"truck_model\") String model",
        """
        @Table
        @Discriminator
        public sealed interface Vehicle permits Car, Truck {}
        """
            + CAR
            + """
            @DiscriminatorValue
            record Truck(
                @PartitionKey String owner,
                @ClusteringColumn int id,
                @Column(name = "truck_model") String model)
                implements Vehicle {}
            """);
  }

  @Test
  void should_report_a_property_whose_column_is_the_discriminator() {
    expect(
        "DISCRIMINATOR_COLUMN_CLASH",
        "String kind",
        """
        @Table
        @Discriminator(column = "kind")
        public sealed interface Vehicle permits Car, Truck {}
        """
            + CAR
            + """
            @DiscriminatorValue
            record Truck(
                @PartitionKey String owner,
                @ClusteringColumn int id,
                String kind)
                implements Vehicle {}
            """);
  }

  @Test
  void should_report_an_invalid_discriminator_column_name() {
    expect(
        "COLUMN_NAME_INVALID",
        "@Discriminator(column = \"1kind\")",
        """
        @Table
        @Discriminator(column = "1kind")
        public sealed interface Vehicle permits Car {}
        """
            + CAR);
  }

  @Test
  void should_report_discriminator_without_table() {
    expect(
        "DISCRIMINATOR_WITHOUT_TABLE",
        "@Discriminator(column = \"type\")",
        """
        @Discriminator(column = "type")
        public sealed interface Vehicle permits Car {}
        """
            + CAR);
  }

  @Test
  void should_report_discriminator_value_on_a_type_outside_any_polymorphic_table() {
    expect(
        "DISCRIMINATOR_VALUE_ORPHAN",
        "record Car",
        """
        public interface Vehicle {}

        @DiscriminatorValue("car") record Car(@PartitionKey String owner) implements Vehicle {}
        """);
  }

  @Test
  void should_report_table_on_a_subtype() {
    expect(
        "POLYMORPHIC_SUBTYPE_TABLE",
        "@Table(name = \"cars\")",
        """
        @Table
        @Discriminator
        public sealed interface Vehicle permits Car {}

        @Table(name = "cars")
        @DiscriminatorValue
        record Car(@PartitionKey String owner) implements Vehicle {}
        """);
  }

  @Test
  void should_report_counters_in_a_polymorphic_table() {
    expect(
        "COUNTER_TABLE_NON_COUNTER_COLUMN",
        "@Discriminator(column = \"type\")",
        """
        @Table
        @Discriminator(column = "type")
        public sealed interface Vehicle permits Car {}

        @DiscriminatorValue
        record Car(@PartitionKey String owner, @Column(type = "counter") long trips)
            implements Vehicle {}
        """);
  }

  @Test
  void should_report_a_subtype_that_cannot_be_mapped_on_its_own_element() {
    expect(
        "ENTITY_NOT_CONSTRUCTIBLE",
        "class Truck",
        """
        @Table
        @Discriminator
        public sealed interface Vehicle permits Car, Truck {}
        """
            + CAR
            + """
            @DiscriminatorValue
            final class Truck implements Vehicle {
              @PartitionKey final String owner;
              @ClusteringColumn final int id;

              Truck(String owner) {
                this.owner = owner;
                this.id = 0;
              }
            }
            """);
  }

  @Test
  void should_report_an_int_discriminator_value_that_is_not_an_integer() {
    expect(
        "DISCRIMINATOR_VALUE_INVALID",
        "@DiscriminatorValue(\"car\")",
        """
        @Table
        @Discriminator(type = DiscriminatorType.INT)
        public sealed interface Vehicle permits Car {}
        """
            + CAR);
  }

  @Test
  void should_report_an_int_discriminator_value_left_to_its_default() {
    JavaFileObject file =
        source(
            "Vehicle",
            IMPORTS
                + """
                @Table(name = "vehicles")
                @Discriminator(type = DiscriminatorType.INT)
                public sealed interface Vehicle permits Car {}

                @DiscriminatorValue
                record Car(@PartitionKey String owner) implements Vehicle {}
                """);

    Compilation compilation = Compilations.compile(file);

    assertOneError(compilation, "DISCRIMINATOR_VALUE_INVALID", file, "@DiscriminatorValue");
    assertThat(compilation)
        .hadErrorContaining(
            "@DiscriminatorValue(\"\") on Car is not an integer, as the discriminator column of"
                + " vehicles is int: write one in @DiscriminatorValue(\"...\")");
  }

  @Test
  void should_report_an_enum_discriminator_value_that_names_no_constant() {
    JavaFileObject file =
        source(
            "Vehicle",
            IMPORTS
                + """
                @Table(name = "vehicles")
                @Discriminator(enumType = Kind.class)
                public sealed interface Vehicle permits Car, PickupTruck {}

                enum Kind { CAR, TRUCK }

                @DiscriminatorValue("CAR")
                record Car(@PartitionKey String owner) implements Vehicle {}

                @DiscriminatorValue record PickupTruck(@PartitionKey String owner) implements Vehicle {}
                """);

    Compilation compilation = Compilations.compile(file);

    assertOneError(compilation, "DISCRIMINATOR_VALUE_INVALID", file, "record PickupTruck");
    assertThat(compilation)
        .hadErrorContaining(
            "@DiscriminatorValue(\"PICKUP_TRUCK\") on PickupTruck is not a constant of Kind"
                + " (CAR, TRUCK)");
  }

  @Test
  void should_report_an_enum_type_that_is_not_an_enum() {
    expect(
        "DISCRIMINATOR_ENUM_TYPE_INVALID",
        "@Discriminator(enumType = String.class)",
        """
        @Table
        @Discriminator(enumType = String.class)
        public sealed interface Vehicle permits Car {}
        """
            + CAR);
  }

  @Test
  void should_report_an_enum_type_with_an_int_discriminator() {
    JavaFileObject file =
        source(
            "Vehicle",
            IMPORTS
                + """
                @Table
                @Discriminator(type = DiscriminatorType.INT, enumType = Kind.class)
                public sealed interface Vehicle permits Car {}

                enum Kind { CAR }
                """
                + CAR);

    Compilation compilation = Compilations.compile(file);

    assertOneError(compilation, "DISCRIMINATOR_ENUM_TYPE_INVALID", file, "enumType = Kind.class");
    assertThat(compilation)
        .hadErrorContaining(
            "@Discriminator(enumType = Kind.class) needs type = DiscriminatorType.TEXT (constants"
                + " are stored by name): name an enum whose constants are the discriminator values,"
                + " with the default type TEXT");
  }

  @Test
  void should_report_a_repository_read_of_a_subtype() {
    JavaFileObject vehicle =
        source(
            "Vehicle",
            IMPORTS
                + """
                @Table(name = "vehicles")
                @Discriminator
                public sealed interface Vehicle permits Car {}
                """
                + CAR);
    JavaFileObject repository =
        source(
            "Cars",
            IMPORTS
                + """
                @Repository
                public interface Cars {
                  @Select List<Car> findByOwner(String owner);
                }
                """);

    Compilation compilation = Compilations.compile(vehicle, repository);

    assertOneError(compilation, "POLYMORPHIC_SUBTYPE_READ", repository, "findByOwner");
    assertThat(compilation)
        .hadErrorContaining(
            "Car is a subtype of polymorphic table vehicles, and repository methods read its rows"
                + " through the base: return Vehicle (each row becomes its own subtype), or read"
                + " only Car rows with the DSL, Car_.table(mapper)");
  }

  @Test
  void should_report_a_changed_column_update_of_a_polymorphic_table() {
    JavaFileObject vehicle =
        source(
            "Vehicle",
            IMPORTS
                + """
                @Table(name = "vehicles")
                @Discriminator
                public sealed interface Vehicle permits Car {}
                """
                + CAR);
    JavaFileObject repository =
        source(
            "Vehicles",
            IMPORTS
                + """
                @Repository
                public interface Vehicles {
                  @Update void update(Vehicle before, Vehicle after);
                }
                """);

    Compilation compilation = Compilations.compile(vehicle, repository);

    assertOneError(compilation, "POLYMORPHIC_CHANGED_COLUMNS", repository, "update(Vehicle");
    assertThat(compilation)
        .hadErrorContaining(
            "Changed-column updates are not supported on polymorphic table vehicles: write the"
                + " whole entity with @Update void update(Vehicle entity), or use the DSL's"
                + " update().set(...)");
  }

  @Test
  void should_compile_a_repository_that_inserts_a_subtype_and_reads_the_base() {
    JavaFileObject vehicle =
        source(
            "Vehicle",
            IMPORTS
                + """
                @Table(name = "vehicles")
                @Discriminator
                public sealed interface Vehicle permits Car {}
                """
                + CAR);
    JavaFileObject repository =
        source(
            "Vehicles",
            IMPORTS
                + """
                @Repository
                public interface Vehicles {
                  @Insert void save(Car car);
                  @Select List<Vehicle> findByOwner(String owner);
                  @Delete void delete(String owner, int id);
                }
                """);

    Compilation compilation = Compilations.compile(vehicle, repository);

    // (javac warns that Car, declared in Vehicle.java, is used from another file.)
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.VehiclesImpl");
  }
}
