package io.sibyl.mapper.processor.repository;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.ORDER;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.VIEWS;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.repository;
import static io.sibyl.mapper.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.Compilations;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The misuses of the changed-column update shape, {@code @Update void update(E before, E after)}.
 */
class ChangedColumnsValidationTest {

  private static final JavaFileObject CUSTOMER =
      source(
          "Customer",
          RepositoryTestSources.IMPORTS
              + """
      @Table(name = "customers")
      public record Customer(@PartitionKey UUID id, String name) {}
      """);

  /** Compiles and expects exactly this one error message on the line. */
  private static void expectExactly(String message, String line, String body) {
    JavaFileObject repo = repository(body);
    Compilation compilation = Compilations.compile(repo, ORDER, VIEWS, CUSTOMER);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(repo).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void should_compile_every_supported_return_type() {
    JavaFileObject repo =
        repository(
            """
            @Repository
            public interface Repo {
              @Update void update(Order before, Order after);
              @Update boolean updateSent(Order before, Order after);
              @Update CompletionStage<Void> updateAsync(Order before, Order after);
              @Update CompletableFuture<Boolean> updateSentAsync(Order before, Order after);
            }
            """);
    assertThat(Compilations.compile(repo, ORDER, VIEWS, CUSTOMER)).succeededWithoutWarnings();
  }

  @Test
  void should_report_third_parameter() {
    expectExactly(
        "[UPDATE_CHANGES_SHAPE] @Update methods that take two entities write the columns that"
            + " differ between them and take exactly (E before, E after) of one entity type, but"
            + " update() takes (test.Order before, test.Order after, java.lang.String reason):"
            + " declare update(E before, E after)",
        "void update",
        """
        @Repository
        public interface Repo {
          @Update void update(Order before, Order after, String reason);
        }
        """);
  }

  @Test
  void should_report_two_entity_types() {
    expectExactly(
        "[UPDATE_CHANGES_SHAPE] @Update methods that take two entities write the columns that"
            + " differ between them and take exactly (E before, E after) of one entity type, but"
            + " update() takes (test.Order before, test.Customer after):"
            + " declare update(E before, E after)",
        "void update",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Update void update(Order before, Customer after);
        }
        """);
  }

  @Test
  void should_report_options_that_shape_the_statement() {
    expectExactly(
        "[UPDATE_CHANGES_OPTIONS] @Update methods taking (before, after) write only the changed"
            + " columns and cannot use @Update(ttl): remove it, or use the DSL's"
            + " table.updateOf(before, after) to add options",
        "ttl = \"60\"",
        """
        @Repository
        public interface Repo {
          @Update(ttl = "60") void update(Order before, Order after);
        }
        """);
  }

  @Test
  void should_report_condition() {
    expectExactly(
        "[UPDATE_CHANGES_OPTIONS] @Update methods taking (before, after) write only the changed"
            + " columns and cannot use @Update(ifExists)",
        "ifExists = true",
        """
        @Repository
        public interface Repo {
          @Update(ifExists = true) void update(Order before, Order after);
        }
        """);
  }

  @Test
  void should_report_unsupported_return_type() {
    expectExactly(
        "[UPDATE_CHANGES_RETURN] @Update methods taking (before, after) return void, boolean"
            + " (whether anything was sent), or either in a CompletionStage, not"
            + " io.sibyl.mapper.LwtResult<test.Order>: change the return type",
        "LwtResult<Order> update",
        """
        @Repository
        public interface Repo {
          @Update LwtResult<Order> update(Order before, Order after);
        }
        """);
  }

  @Test
  void should_report_counter_table() {
    expectExactly(
        "[UPDATE_COUNTER_TABLE] Counter table views is changed with @Increment, not @Update: use"
            + " an @Increment method",
        "void update",
        """
        @Repository
        public interface Repo {
          @Update void update(Views before, Views after);
        }
        """);
  }
}
