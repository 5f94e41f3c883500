package io.sibyl.mapper.processor.repository;

import static io.sibyl.mapper.processor.repository.RepositoryTestSources.expect;

import org.junit.jupiter.api.Test;

class QueryValidationTest {

  @Test
  void should_report_unparsable_query() {
    expect(
        "QUERY_INVALID",
        "SELECT status WHERE",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT status WHERE customer_id = :id") List<Order> find(UUID id);
        }
        """);
  }

  @Test
  void should_report_unknown_table() {
    expect(
        "QUERY_UNKNOWN_TABLE",
        "FROM order_list",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM order_list") List<Order> all();
        }
        """);
  }

  @Test
  void should_report_misspelt_column() {
    expect(
        "QUERY_UNKNOWN_COLUMN",
        "custmer_id",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE custmer_id = :id AND bucket = 0")
          List<Order> find(UUID id);
        }
        """);
  }

  @Test
  void should_report_misspelt_selected_column() {
    expect(
        "QUERY_UNKNOWN_COLUMN",
        "SELECT stauts",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT stauts FROM orders WHERE customer_id = :id AND bucket = 0")
          List<Order> find(UUID id);
        }
        """);
  }

  @Test
  void should_report_marker_without_parameter() {
    expect(
        "QUERY_PARAMETER_UNBOUND",
        "bucket = :bucket",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE customer_id = :id AND bucket = :bucket")
          List<Order> find(UUID id);
        }
        """);
  }

  @Test
  void should_report_parameter_without_marker() {
    expect(
        "QUERY_PARAMETER_UNUSED",
        "int bucket",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE customer_id = :id AND bucket = 1")
          List<Order> find(UUID id, int bucket);
        }
        """);
  }

  @Test
  void should_report_positional_marker_count_mismatch() {
    expect(
        "QUERY_MARKER_COUNT",
        "customer_id = ? AND bucket = ?",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket = ?")
          List<Order> find(UUID id);
        }
        """);
  }

  @Test
  void should_report_mixed_markers() {
    expect(
        "QUERY_MIXED_MARKERS",
        "customer_id = ? AND bucket = :bucket",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket = :bucket")
          List<Order> find(UUID id, int bucket);
        }
        """);
  }

  @Test
  void should_report_rows_from_a_write() {
    expect(
        "RETURN_TYPE_UNSUPPORTED",
        "List<Order> clear",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("DELETE FROM orders WHERE customer_id = :id AND bucket = 0")
          List<Order> clear(UUID id);
        }
        """);
  }
}
