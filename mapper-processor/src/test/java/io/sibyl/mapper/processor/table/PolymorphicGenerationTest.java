package io.sibyl.mapper.processor.table;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.CaseSources;
import io.sibyl.mapper.processor.testing.Compilations;
import io.sibyl.mapper.processor.testing.GoldenFiles;
import io.sibyl.mapper.processor.testing.Sources;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class PolymorphicGenerationTest {

  @Test
  void should_generate_polymorphic_table_matching_golden() {
    Compilation compilation = Compilations.compile(CaseSources.inputs("table", "polymorphic"));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(
        compilation, "table", "polymorphic", CaseSources.expectedTypes("table", "polymorphic"));
  }

  @Test
  void should_generate_int_discriminated_table_matching_golden() {
    Compilation compilation = Compilations.compile(CaseSources.inputs("table", "polymorphic_int"));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(
        compilation,
        "table",
        "polymorphic_int",
        CaseSources.expectedTypes("table", "polymorphic_int"));
  }

  @Test
  void should_map_the_leaves_of_a_hierarchy_deeper_than_one_level() {
    Compilation compilation =
        Compilations.compile(
            Sources.source(
                "Vehicle",
                """
                import io.sibyl.mapper.annotations.*;

                @Table(name = "vehicles")
                @Discriminator
                public sealed interface Vehicle permits Vehicle.Car, Vehicle.Truck {
                  @DiscriminatorValue
                  record Car(@PartitionKey String owner, int doors) implements Vehicle {}

                  sealed interface Truck extends Vehicle permits Pickup, Heavy {}

                  @DiscriminatorValue
                  record Pickup(@PartitionKey String owner, double bed) implements Truck {}

                  abstract sealed class Heavy implements Truck permits Lorry {
                    @PartitionKey public String owner;
                  }

                  @DiscriminatorValue
                  final class Lorry extends Heavy {
                    public int axles;
                  }
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.VehicleTable")
        .contentsAsUtf8String()
        .contains("List.of(\"car\", \"pickup\", \"lorry\")");
    assertThat(compilation)
        .generatedSourceFile("test.VehicleTable")
        .contentsAsUtf8String()
        .contains("} else if (entity instanceof Vehicle.Lorry lorry) {");
    assertThat(compilation)
        .generatedSourceFile("test.Vehicle_Lorry_")
        .contentsAsUtf8String()
        .contains("DISCRIMINATOR_.eq(\"lorry\")");
  }

  @Test
  void should_store_enum_constant_names_in_a_text_discriminator() {
    Compilation compilation =
        Compilations.compile(
            Sources.source(
                "Animal",
                """
                import io.sibyl.mapper.annotations.*;

                @Table
                @Discriminator(column = "species", enumType = Animal.Species.class)
                public sealed interface Animal permits Animal.Cat, Animal.SeaLion {
                  enum Species { CAT, SEA_LION }

                  @DiscriminatorValue
                  record Cat(@PartitionKey String name) implements Animal {}

                  @DiscriminatorValue("SEA_LION")
                  record SeaLion(@PartitionKey String name, int flippers) implements Animal {}
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.AnimalTable")
        .contentsAsUtf8String()
        .contains("List.of(\"CAT\", \"SEA_LION\")");
    assertThat(compilation)
        .generatedSourceFile("test.AnimalTable")
        .contentsAsUtf8String()
        .contains("\"species text, \"");
    assertThat(compilation)
        .generatedSourceFile("test.Animal_Cat_")
        .contentsAsUtf8String()
        .contains("DISCRIMINATOR_.eq(\"CAT\")");
  }

  @Test
  void should_generate_subtype_metamodels_and_one_schema_contributor() {
    Compilation compilation = Compilations.compile(CaseSources.inputs("table", "polymorphic"));

    assertThat(compilation).generatedSourceFile("test.TruckTable");
    assertThat(compilation)
        .generatedSourceFile("test.Truck_")
        .contentsAsUtf8String()
        .contains("DISCRIMINATOR_.eq(\"truck\")");
    assertThat(compilation)
        .generatedFile(
            StandardLocation.CLASS_OUTPUT,
            "META-INF/services/io.sibyl.mapper.schema.SchemaContributor")
        .contentsAsUtf8String()
        .isEqualTo("test.VehicleTable__Schema\n");
    assertThat(compilation)
        .generatedFile(
            StandardLocation.CLASS_OUTPUT,
            "META-INF/services/io.sibyl.mapper.metamodel.MetamodelProvider")
        .contentsAsUtf8String()
        .isEqualTo(
            "test.CarTable__Metamodel\ntest.TruckTable__Metamodel\ntest.VehicleTable__Metamodel\n");
  }

  @Test
  void should_map_an_abstract_sealed_class_whose_fields_subtypes_inherit() {
    Compilation compilation =
        Compilations.compile(
            Sources.source(
                "Account",
                """
                import io.sibyl.mapper.annotations.*;

                @Table
                @Discriminator(column = "type")
                public abstract sealed class Account permits Account.Personal, Account.Business {
                  @PartitionKey public String id;

                  @DiscriminatorValue
                  public static final class Personal extends Account {
                    public String name;
                  }

                  @DiscriminatorValue("biz")
                  public static final class Business extends Account {
                    public String company;
                  }
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.AccountTable")
        .contentsAsUtf8String()
        .contains("\"type text, \"");
    assertThat(compilation)
        .generatedSourceFile("test.Account_PersonalTable")
        .contentsAsUtf8String()
        .contains("DISCRIMINATOR_VALUE = \"personal\"");
  }

  @Test
  void should_compile_dsl_queries_on_base_and_subtypes() {
    List<JavaFileObject> sources =
        new ArrayList<>(List.of(CaseSources.inputs("table", "polymorphic")));
    sources.add(
        Sources.source(
            "Queries",
            """
            import io.sibyl.mapper.query.*;

            class Queries {
              Object cars(QueryTable<Car> cars) {
                return cars.select().where(Car_.OWNER.eq("ada"), Car_.DOORS.eq(4)).allowFiltering();
              }

              Object vehicles(QueryTable<Vehicle> vehicles) {
                return vehicles.select().where(Vehicle_.OWNER.eq("ada"), Vehicle_.PAYLOAD.gt(1.0));
              }
            }
            """));

    Compilation compilation = Compilations.compile(sources.toArray(JavaFileObject[]::new));

    assertThat(compilation).succeededWithoutWarnings();
  }
}
