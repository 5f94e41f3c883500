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
 * The shapes of bulk save methods ({@code BulkResult<E> saveAll(Iterable<E>)} and variants) and
 * their misuses.
 */
class BulkSaveValidationTest {

  private static final String BULK_IMPORTS =
      """
      import io.sibyl.mapper.bulk.*;
      import java.util.stream.*;
      """;

  private static final JavaFileObject CUSTOMER =
      source(
          "Customer",
          RepositoryTestSources.IMPORTS
              + """
      @Table(name = "customers")
      public record Customer(@PartitionKey UUID id, String name) {}
      """);

  private static JavaFileObject bulkRepository(String body) {
    return repository(BULK_IMPORTS + body);
  }

  /** Compiles and expects exactly this one error message on the line. */
  private static void expectExactly(String message, String line, String body) {
    JavaFileObject repo = bulkRepository(body);
    Compilation compilation = Compilations.compile(repo, ORDER, VIEWS, CUSTOMER);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(repo).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void should_compile_every_supported_shape() {
    JavaFileObject repo =
        bulkRepository(
            """
            @Repository
            public interface Repo {
              BulkResult<Order> saveAll(Iterable<Order> orders);
              BulkResult<Order> saveAll(Stream<Order> orders, BulkOptions options);
              BulkResult<Order> saveAllOrders(Collection<? extends Order> orders);
              void saveAllOrThrow(Set<Order> orders);
              CompletionStage<BulkResult<Order>> saveAllAsync(List<Order> orders);
              CompletableFuture<BulkResult<Order>> saveAllLater(
                  Stream<Order> orders, BulkOptions options);
              @Insert BulkResult<Customer> load(Iterable<Customer> customers);
              @Insert(nullSaving = NullSavingStrategy.DO_NOT_SET)
              void loadAll(Stream<Customer> customers);
            }
            """);
    assertThat(Compilations.compile(repo, ORDER, VIEWS, CUSTOMER)).succeededWithoutWarnings();
  }

  @Test
  void should_report_a_single_entity_parameter() {
    expectExactly(
        "[BULK_SAVE_PARAMETERS] Bulk save methods take the entities as one Iterable, Collection,"
            + " List, Set or Stream of a @Table entity, optionally followed by a BulkOptions, but"
            + " saveAll() takes (test.Order order): declare saveAll(Iterable<E> entities) or add a"
            + " BulkOptions as the second parameter",
        "saveAll(Order order)",
        """
        @Repository
        public interface Repo {
          BulkResult<Order> saveAll(Order order);
        }
        """);
  }

  @Test
  void should_report_a_container_of_something_else_than_entities() {
    expectExactly(
        "[BULK_SAVE_PARAMETERS] Bulk save methods take the entities as one Iterable, Collection,"
            + " List, Set or Stream of a @Table entity, optionally followed by a BulkOptions, but"
            + " saveAll() takes (java.util.List<java.lang.String> names)",
        "saveAll(List<String> names)",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          void saveAll(List<String> names);
        }
        """);
  }

  @Test
  void should_report_a_parameter_other_than_bulk_options() {
    expectExactly(
        "[BULK_SAVE_PARAMETERS] Bulk save methods take the entities as one Iterable, Collection,"
            + " List, Set or Stream of a @Table entity, optionally followed by a BulkOptions, but"
            + " saveAll() takes (java.lang.Iterable<test.Order> orders, io.sibyl.mapper.QueryOptions"
            + " options)",
        "QueryOptions options",
        """
        @Repository
        public interface Repo {
          BulkResult<Order> saveAll(Iterable<Order> orders, QueryOptions options);
        }
        """);
  }

  @Test
  void should_report_a_return_type_other_than_the_bulk_result() {
    expectExactly(
        "[BULK_SAVE_RETURN] Bulk save methods return BulkResult<Order>, the same in a"
            + " CompletionStage, or void (throwing BulkWriteException when an entity is not"
            + " written), not long: change the return type",
        "long saveAll",
        """
        @Repository
        public interface Repo {
          long saveAll(Iterable<Order> orders);
        }
        """);
  }

  @Test
  void should_report_the_bulk_result_of_another_entity() {
    expectExactly(
        "[BULK_SAVE_RETURN] Bulk save methods return BulkResult<Order>, the same in a"
            + " CompletionStage, or void (throwing BulkWriteException when an entity is not"
            + " written), not java.util.concurrent.CompletionStage<io.sibyl.mapper.bulk.BulkResult"
            + "<test.Customer>>",
        "saveAllAsync",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          CompletionStage<BulkResult<Customer>> saveAllAsync(Iterable<Order> orders);
        }
        """);
  }

  @Test
  void should_report_insert_attributes_that_shape_the_statement() {
    expectExactly(
        "[BULK_SAVE_INSERT_OPTIONS] Bulk save methods write plain inserts and cannot use"
            + " @Insert(ttl): remove it, or save such entities one by one with an @Insert method",
        "ttl = \"60\"",
        """
        @Repository
        public interface Repo {
          @Insert(ttl = "60") BulkResult<Order> saveAll(Iterable<Order> orders);
        }
        """);
  }

  @Test
  void should_report_a_counter_table() {
    expectExactly(
        "[INSERT_INTO_COUNTER_TABLE] Rows of counter table views cannot be inserted",
        "saveAll(Iterable<Views> views)",
        """
        @Repository
        public interface Repo {
          BulkResult<Views> saveAll(Iterable<Views> views);
        }
        """);
  }

  @Test
  void should_warn_that_saving_nulls_writes_tombstones() {
    JavaFileObject repo =
        bulkRepository(
            """
            @Repository
            public interface Repo {
              @Insert(nullSaving = NullSavingStrategy.SET_TO_NULL)
              BulkResult<Order> saveAll(Iterable<Order> orders);
            }
            """);
    Compilation compilation = Compilations.compile(repo, ORDER, VIEWS, CUSTOMER);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[NULLS_WRITE_TOMBSTONES] Bulk save method saveAll() writes")
        .inFile(repo)
        .onLineContaining("saveAll");
  }
}
