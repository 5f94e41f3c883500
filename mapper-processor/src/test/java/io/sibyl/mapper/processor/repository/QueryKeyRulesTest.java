package io.sibyl.mapper.processor.repository;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.expect;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.expectWarning;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.Compilations;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Query} SELECTs are checked against the key rules by the derived finders' checker, with
 * the same messages, reported on the annotation's CQL.
 */
class QueryKeyRulesTest {

  private static Compilation compile(JavaFileObject repo) {
    return Compilations.compile(repo, RepositoryTestSources.ORDER, RepositoryTestSources.VIEWS);
  }

  @Test
  void should_report_filtering_on_a_column_without_index_with_the_finders_message() {
    JavaFileObject repo =
        RepositoryTestSources.repository(
            """
            @Repository(entity = Order.class)
            public interface Repo {
              @Query("SELECT * FROM orders WHERE status = :status")
              List<Order> byStatus(String status);
            }
            """);
    Compilation compilation = compile(repo);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[SELECT_NEEDS_ALLOW_FILTERING] byStatus() would need ALLOW FILTERING, because column"
                + " status is not part of the primary key and has no index: add @Index to"
                + " property 'status', restrict the key instead, or ask for ALLOW FILTERING"
                + " explicitly")
        .inFile(repo)
        .onLineContaining("@Query(\"SELECT * FROM orders WHERE status = :status\")");
  }

  @Test
  void should_report_a_missing_partition_key_part() {
    JavaFileObject repo =
        RepositoryTestSources.repository(
            """
            @Repository(entity = Order.class)
            public interface Repo {
              @Query("SELECT * FROM orders WHERE customer_id = ?")
              List<Order> byCustomer(UUID id);
            }
            """);
    Compilation compilation = compile(repo);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[SELECT_NEEDS_ALLOW_FILTERING] byCustomer() would need ALLOW FILTERING, because"
                + " partition key column(s) bucket are not restricted: restrict every partition"
                + " key column (customer_id, bucket) with = or IN")
        .inFile(repo)
        .onLineContaining("customer_id = ?");
  }

  @Test
  void should_report_a_clustering_gap() {
    JavaFileObject repo =
        RepositoryTestSources.repository(
            """
            @Repository(entity = Order.class)
            public interface Repo {
              @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket = 0 AND order_id = ?")
              List<Order> byOrder(UUID id, UUID orderId);
            }
            """);
    Compilation compilation = compile(repo);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[SELECT_NEEDS_ALLOW_FILTERING] byOrder() would need ALLOW FILTERING, because"
                + " clustering column order_id is restricted but order_date before it is not:"
                + " restrict order_date too, or reorder the clustering columns")
        .inFile(repo)
        .onLineContaining("AND order_id = ?");
  }

  @Test
  void should_report_a_range_before_an_equality() {
    expect(
        "SELECT_RANGE_BEFORE_EQUALITY",
        "@Query(\"SELECT * FROM orders WHERE customer_id = ? AND bucket = 0\"",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket = 0"
              + " AND order_date > ? AND order_id = ? ALLOW FILTERING")
          List<Order> after(UUID id, Instant after, UUID orderId);
        }
        """);
  }

  @Test
  void should_report_a_range_on_a_secondary_index() {
    expect(
        "SELECT_NEEDS_ALLOW_FILTERING",
        "channel > :channel",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE channel > :channel")
          List<Order> byChannel(String channel);
        }
        """);
  }

  @Test
  void should_report_the_same_rule_for_literal_values() {
    expect(
        "SELECT_NEEDS_ALLOW_FILTERING",
        "total = 10",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE total = 10")
          List<Order> tens();
        }
        """);
  }

  @Test
  void should_compile_with_a_warning_when_allow_filtering_is_written_out() {
    expectWarning(
        "ALLOW_FILTERING_SCAN",
        "ALLOW FILTERING",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE status = :status ALLOW FILTERING")
          List<Order> byStatus(String status);
        }
        """);
  }

  @Test
  void should_warn_about_a_full_table_scan() {
    expectWarning(
        "FULL_TABLE_SCAN",
        "SELECT * FROM orders\"",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders")
          List<Order> everything();
        }
        """);
  }

  @Test
  void should_compile_without_warnings_when_the_key_is_restricted() {
    JavaFileObject repo =
        RepositoryTestSources.repository(
            """
            @Repository(entity = Order.class)
            public interface Repo {
              @Query("SELECT * FROM orders WHERE customer_id = :id AND bucket = :bucket"
                  + " AND order_date >= :from AND channel = 'web'")
              List<Order> page(UUID id, int bucket, Instant from);

              @SuppressWarnings("sibyl:scan")
              @Query("SELECT * FROM orders WHERE token(customer_id, bucket) > ?")
              List<Order> fromToken(long token);
            }
            """);
    Compilation compilation = compile(repo);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void should_not_check_writes_against_the_read_rules() {
    JavaFileObject repo =
        RepositoryTestSources.repository(
            """
            @Repository(entity = Order.class)
            public interface Repo {
              @Query("UPDATE orders SET status = :status WHERE customer_id = :id AND bucket = 0"
                  + " AND order_date = :date AND order_id = :orderId IF status = 'open'")
              boolean close(String status, UUID id, Instant date, UUID orderId);
            }
            """);
    Compilation compilation = compile(repo);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void should_report_an_order_by_on_a_column_that_is_not_clustering() {
    JavaFileObject repo =
        RepositoryTestSources.repository(
            """
            @Repository(entity = Order.class)
            public interface Repo {
              @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket = 0 ORDER BY status")
              List<Order> byStatus(UUID id);
            }
            """);
    Compilation compilation = compile(repo);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[QUERY_ORDER_BY_INVALID] @Query ORDER BY \"status ASC\" is invalid: 'status' is not a"
                + " clustering column of orders (clustering columns: order_date, order_id)")
        .inFile(repo)
        .onLineContaining("ORDER BY status");
  }

  @Test
  void should_report_an_order_by_that_skips_the_first_clustering_column() {
    expectMessage(
        "@Query ORDER BY \"order_id DESC\" is invalid: clustering columns must be ordered in key"
            + " order, starting with order_date",
        "ORDER BY order_id DESC",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket = ? ORDER BY order_id DESC")
          List<Order> newest(UUID id, int bucket);
        }
        """);
  }

  @Test
  void should_report_an_order_by_that_mixes_declared_and_reversed_order() {
    expectMessage(
        "@Query ORDER BY \"order_date DESC, order_id ASC\" is invalid: the order must be the"
            + " table's clustering order or its exact reverse",
        "WHERE customer_id = ? AND bucket = ?\"",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket = ?"
              + " ORDER BY order_date DESC, order_id ASC")
          List<Order> mixed(UUID id, int bucket);
        }
        """);
  }

  @Test
  void should_report_an_order_by_without_the_partition_key_restricted_by_equality() {
    expectMessage(
        "@Query ORDER BY \"order_date ASC\" is invalid: ordering needs every partition key column"
            + " restricted with = or IN",
        "AND bucket > 0\"",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket > 0"
              + " ORDER BY order_date ALLOW FILTERING")
          List<Order> spread(UUID id);
        }
        """);
  }

  @Test
  void should_accept_an_order_by_in_declared_or_fully_reversed_order_with_in_on_the_key() {
    JavaFileObject repo =
        RepositoryTestSources.repository(
            """
            @Repository(entity = Order.class)
            public interface Repo {
              @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket = ?"
                  + " ORDER BY order_date, order_id ASC")
              List<Order> oldest(UUID id, int bucket);

              @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket = ?"
                  + " ORDER BY \\"order_date\\" DESC, order_id DESC LIMIT 10")
              List<Order> newest(UUID id, int bucket);

              @SuppressWarnings("sibyl:performance")
              @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket IN (0, 1)"
                  + " ORDER BY order_date DESC")
              List<Order> twoBuckets(UUID id);
            }
            """);
    Compilation compilation = compile(repo);

    assertThat(compilation).succeededWithoutWarnings();
  }

  /** Expects exactly one QUERY_ORDER_BY_INVALID error with this text on the line. */
  private static void expectMessage(String text, String line, String body) {
    JavaFileObject repo = RepositoryTestSources.repository(body);
    Compilation compilation = compile(repo);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[QUERY_ORDER_BY_INVALID] " + text)
        .inFile(repo)
        .onLineContaining(line);
  }
}
