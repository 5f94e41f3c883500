package io.sibyl.mapper.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.sibyl.mapper.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.Compilations;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every misuse of constraints and {@code @Default}: the exact message, on the exact line of the
 * property.
 */
class WriteRulesValidationTest {

  private static final String IMPORTS =
      """
      import io.sibyl.mapper.annotations.*;
      import jakarta.validation.constraints.*;
      import java.math.BigDecimal;
      import java.math.BigInteger;
      import java.time.*;
      import java.util.*;
      """;

  private static void expectError(String message, String line, String body) {
    JavaFileObject file = source("User", IMPORTS + body);
    Compilation compilation = Compilations.compile(file);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  private static void expectWarning(String message, String line, String body) {
    JavaFileObject file = source("User", IMPORTS + body);
    Compilation compilation = Compilations.compile(file);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void should_report_size_on_an_int() {
    expectError(
        "[VALIDATION_WRONG_TYPE] @Size does not apply to property 'count' of type int: it applies"
            + " to String and other CharSequence types, collections, maps and arrays. Remove it, or"
            + " change the property's type",
        "@Size(max = 3) int count",
        """
        @Table
        public record User(@PartitionKey UUID id, @Size(max = 3) int count) {}
        """);
  }

  @Test
  void should_report_min_on_a_string() {
    expectError(
        "[VALIDATION_WRONG_TYPE] @Min does not apply to property 'name' of type java.lang.String:"
            + " it applies to byte, short, int, long, float, double, their wrappers, BigDecimal and"
            + " BigInteger. Remove it, or change the property's type",
        "@Min(2) String name",
        """
        @Table
        public record User(@PartitionKey UUID id, @Min(2) String name) {}
        """);
  }

  @Test
  void should_report_not_blank_on_a_list() {
    expectError(
        "[VALIDATION_WRONG_TYPE] @NotBlank does not apply to property 'tags' of type"
            + " java.util.List<java.lang.String>: it applies to String and other CharSequence"
            + " types. Remove it, or change the property's type",
        "@NotBlank List<String> tags",
        """
        @Table
        public record User(@PartitionKey UUID id, @NotBlank List<String> tags) {}
        """);
  }

  @Test
  void should_report_assert_true_on_a_string_of_a_bean_field() {
    expectError(
        "[VALIDATION_WRONG_TYPE] @AssertTrue does not apply to property 'active' of type"
            + " java.lang.String: it applies to boolean and Boolean. Remove it, or change the"
            + " property's type",
        "@AssertTrue private String active",
        """
        @Table
        public class User {
          @PartitionKey private UUID id;
          @AssertTrue private String active;
          public UUID getId() { return id; }
          public void setId(UUID id) { this.id = id; }
          public String getActive() { return active; }
          public void setActive(String active) { this.active = active; }
        }
        """);
  }

  @Test
  void should_report_an_invalid_regular_expression() {
    expectError(
        "[VALIDATION_INVALID_PATTERN] @Pattern(regexp = \"(ab\") on property 'code' is not a valid"
            + " regular expression (Unclosed group): fix it",
        "@Pattern(regexp = \"(ab\") String code",
        """
        @Table
        public record User(@PartitionKey UUID id, @Pattern(regexp = "(ab") String code) {}
        """);
  }

  @Test
  void should_report_a_size_that_can_never_hold() {
    expectError(
        "[VALIDATION_INVALID_SIZE] @Size(min = 5, max = 2) on property 'code' can never hold: make"
            + " 0 <= min <= max",
        "@Size(min = 5, max = 2) String code",
        """
        @Table
        public record User(@PartitionKey UUID id, @Size(min = 5, max = 2) String code) {}
        """);
  }

  @Test
  void should_warn_about_an_unsupported_constraint() {
    expectWarning(
        "[VALIDATION_UNSUPPORTED_CONSTRAINT] @Future on property 'due' is not checked by Sibyl's"
            + " generated validation, which checks @NotNull, @NotBlank, @NotEmpty, @Size, @Min,"
            + " @Max, @Positive, @PositiveOrZero, @Negative, @NegativeOrZero, @Pattern, @Email,"
            + " @AssertTrue and @AssertFalse. Check it in a Validatable hook, or suppress with"
            + " @SuppressWarnings(\"sibyl:validation\")",
        "@Future Instant due",
        """
        @Table
        public record User(@PartitionKey UUID id, @Future Instant due) {}
        """);
  }

  @Test
  void should_not_warn_about_an_unsupported_constraint_when_suppressed() {
    JavaFileObject file =
        source(
            "User",
            IMPORTS
                + """
                @Table
                @SuppressWarnings("sibyl:validation")
                public record User(@PartitionKey UUID id, @Future Instant due) {}
                """);

    assertThat(Compilations.compile(file)).succeededWithoutWarnings();
  }

  @Test
  void should_report_constraints_and_defaults_on_a_polymorphic_table() {
    JavaFileObject base =
        source(
            "Vehicle",
            """
            import io.sibyl.mapper.annotations.*;

            @Table(name = "vehicles")
            @Discriminator(column = "kind")
            public sealed interface Vehicle permits Car {}
            """);
    JavaFileObject car =
        source(
            "Car",
            """
            import io.sibyl.mapper.annotations.*;
            import jakarta.validation.constraints.NotBlank;

            @DiscriminatorValue("car")
            public record Car(@PartitionKey String owner, @NotBlank String model)
                implements Vehicle {}
            """);
    Compilation compilation = Compilations.compile(base, car);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[WRITE_RULES_POLYMORPHIC] @NotBlank is not supported on polymorphic tables yet"
                + " (Car.model): check the entity before writing it")
        .inFile(car)
        .onLineContaining("@NotBlank String model");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void should_report_a_default_without_value_or_generator() {
    expectError(
        "[DEFAULT_MISSING] @Default on property 'id' gives neither a constant nor a generator:"
            + " write @Default(\"value\") or @Default(generator = DefaultGenerator.RANDOM_UUID)",
        "@Default UUID id",
        """
        @Table
        public record User(@PartitionKey @Default UUID id) {}
        """);
  }

  @Test
  void should_report_a_default_with_both_value_and_generator() {
    expectError(
        "[DEFAULT_AMBIGUOUS] @Default on property 'id' gives both a constant and a generator: keep"
            + " one of them",
        "UUID id",
        """
        @Table
        public record User(
            @PartitionKey @Default(value = "x", generator = DefaultGenerator.RANDOM_UUID) UUID id) {}
        """);
  }

  @Test
  void should_report_a_default_on_a_primitive() {
    expectError(
        "[DEFAULT_ON_PRIMITIVE] @Default cannot apply to property 'retries' of primitive type int,"
            + " which is never null: use Integer",
        "@Default(\"3\") int retries",
        """
        @Table
        public record User(@PartitionKey UUID id, @Default("3") int retries) {}
        """);
  }

  @Test
  void should_report_time_uuid_on_a_string() {
    expectError(
        "[DEFAULT_GENERATOR_TYPE] DefaultGenerator.TIME_UUID does not fit property 'id' of type"
            + " java.lang.String (CQL text): it generates a time-based java.util.UUID, for a"
            + " timeuuid or uuid column",
        "String id",
        """
        @Table
        public record User(
            @PartitionKey @Default(generator = DefaultGenerator.TIME_UUID) String id) {}
        """);
  }

  @Test
  void should_report_now_on_a_uuid() {
    expectError(
        "[DEFAULT_GENERATOR_TYPE] DefaultGenerator.NOW does not fit property 'at' of type"
            + " java.util.UUID (CQL uuid): it generates a java.time.Instant for a timestamp column,"
            + " or a LocalDate for a date column",
        "UUID at",
        """
        @Table
        public record User(
            @PartitionKey UUID id,
            @Default(generator = DefaultGenerator.NOW) UUID at) {}
        """);
  }

  @Test
  void should_report_random_uuid_on_a_timeuuid_column() {
    expectError(
        "[DEFAULT_GENERATOR_TYPE] DefaultGenerator.RANDOM_UUID does not fit property 'id' of type"
            + " java.util.UUID (CQL timeuuid): it generates a random java.util.UUID, for a uuid"
            + " column",
        "UUID id",
        """
        @Table
        public record User(
            @PartitionKey @Column(type = "timeuuid")
                @Default(generator = DefaultGenerator.RANDOM_UUID) UUID id) {}
        """);
  }

  @Test
  void should_report_a_constant_for_a_type_without_constants() {
    expectError(
        "[DEFAULT_CONSTANT_TYPE] @Default(\"a\") cannot be given for property 'tags' of type"
            + " java.util.List<java.lang.String>: constants apply to text, numbers, booleans, enums,"
            + " UUIDs, instants, dates and times; set other values in code",
        "@Default(\"a\") List<String> tags",
        """
        @Table
        public record User(@PartitionKey UUID id, @Default("a") List<String> tags) {}
        """);
  }

  @Test
  void should_report_an_unparsable_number() {
    expectError(
        "[DEFAULT_CONSTANT_UNPARSABLE] @Default(\"many\") is not a valid Integer for property"
            + " 'retries': write a whole number such as 42",
        "@Default(\"many\") Integer retries",
        """
        @Table
        public record User(@PartitionKey UUID id, @Default("many") Integer retries) {}
        """);
  }

  @Test
  void should_report_an_unknown_enum_constant() {
    JavaFileObject status = source("Status", "public enum Status { NEW, DONE }\n");
    JavaFileObject file =
        source(
            "User",
            IMPORTS
                + """
                @Table
                public record User(@PartitionKey UUID id, @Default("OPEN") Status status) {}
                """);
    Compilation compilation = Compilations.compile(file, status);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[DEFAULT_CONSTANT_UNPARSABLE] @Default(\"OPEN\") is not a valid Status for property"
                + " 'status': write the name of one of its constants")
        .inFile(file)
        .onLineContaining("@Default(\"OPEN\") Status status");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void should_report_an_unparsable_instant() {
    expectError(
        "[DEFAULT_CONSTANT_UNPARSABLE] @Default(\"yesterday\") is not a valid Instant for property"
            + " 'at': write an ISO-8601 instant such as 2024-01-01T00:00:00Z",
        "@Default(\"yesterday\") Instant at",
        """
        @Table
        public record User(@PartitionKey UUID id, @Default("yesterday") Instant at) {}
        """);
  }

  @Test
  void should_accept_every_supported_constraint_on_its_types() {
    JavaFileObject file =
        source(
            "User",
            IMPORTS
                + """
                @Table
                public record User(
                    @PartitionKey @NotNull UUID id,
                    @NotNull @NotEmpty @Size(min = 1) @Pattern(regexp = "a.*") @Email String text,
                    @NotEmpty @Size(max = 2) Set<String> tags,
                    @NotEmpty Map<String, Integer> counts,
                    @Size(max = 16) byte[] blob,
                    @Min(1) @Max(9) @Positive short small,
                    @PositiveOrZero @Max(5) Long big,
                    @Negative double below,
                    @NegativeOrZero @Min(-3) BigInteger bigInteger,
                    @Min(0) BigDecimal amount,
                    @AssertTrue boolean yes,
                    @AssertFalse Boolean no,
                    @NotNull int never) {}
                """);

    assertThat(Compilations.compile(file)).succeededWithoutWarnings();
  }
}
