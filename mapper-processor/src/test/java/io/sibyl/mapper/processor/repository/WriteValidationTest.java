package io.sibyl.mapper.processor.repository;

import static io.sibyl.mapper.processor.repository.RepositoryTestSources.expect;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.expectWarning;

import org.junit.jupiter.api.Test;

class WriteValidationTest {

  @Test
  void should_report_insert_without_entity() {
    expect(
        "INSERT_ENTITY_PARAMETER",
        "void save",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Insert void save(UUID customerId);
        }
        """);
  }

  @Test
  void should_report_insert_into_counter_table() {
    expect(
        "INSERT_INTO_COUNTER_TABLE",
        "void save",
        """
        @Repository
        public interface Repo {
          @Insert void save(Views views);
        }
        """);
  }

  @Test
  void should_report_invalid_ttl_expression() {
    expect(
        "EXPRESSION_INVALID",
        "ttl = \"an hour\"",
        """
        @Repository
        public interface Repo {
          @Insert(ttl = "an hour") void save(Order order);
        }
        """);
  }

  @Test
  void should_report_ttl_naming_unknown_parameter() {
    expect(
        "EXPRESSION_PARAMETER_UNKNOWN",
        "ttl = \":seconds\"",
        """
        @Repository
        public interface Repo {
          @Insert(ttl = ":seconds") void save(Order order, int ttl);
        }
        """);
  }

  @Test
  void should_report_update_that_sets_nothing() {
    expect(
        "UPDATE_NOTHING_TO_SET",
        "void touch",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Update void touch(UUID customerId, int bucket, Instant orderDate, UUID orderId);
        }
        """);
  }

  @Test
  void should_report_update_of_unknown_column() {
    expect(
        "UPDATE_UNKNOWN_COLUMN",
        "columns = \"colour\"",
        """
        @Repository
        public interface Repo {
          @Update(columns = "colour") void update(Order order);
        }
        """);
  }

  @Test
  void should_report_update_without_whole_primary_key() {
    expect(
        "KEY_PARAMETERS_INCOMPLETE",
        "void setStatus",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Update void setStatus(UUID customerId, int bucket, String status);
        }
        """);
  }

  @Test
  void should_report_update_of_counter_table() {
    expect(
        "UPDATE_COUNTER_TABLE",
        "void update",
        """
        @Repository
        public interface Repo {
          @Update void update(Views views);
        }
        """);
  }

  @Test
  void should_report_delete_with_clustering_gap() {
    expect(
        "KEY_PARAMETERS_NOT_PREFIX",
        "UUID orderId",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Delete void delete(UUID customerId, int bucket, UUID orderId);
        }
        """);
  }

  @Test
  void should_report_condition_on_counter_table() {
    expect(
        "LWT_ON_COUNTER_TABLE",
        "boolean delete",
        """
        @Repository(entity = Views.class)
        public interface Repo {
          @Delete(ifExists = true) boolean delete(String page);
        }
        """);
  }

  @Test
  void should_report_condition_on_unknown_column() {
    expect(
        "WHERE_UNKNOWN_COLUMN",
        "ifCondition",
        """
        @Repository
        public interface Repo {
          @Update(ifCondition = "stat = :expected") boolean update(Order order, String expected);
        }
        """);
  }

  @Test
  void should_report_increment_on_table_without_counters() {
    expect(
        "INCREMENT_NOT_COUNTER",
        "long total",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Increment void add(UUID customerId, int bucket, Instant orderDate, UUID orderId,
              long total);
        }
        """);
  }

  @Test
  void should_report_increment_with_int_delta() {
    expect(
        "INCREMENT_DELTA_TYPE",
        "int hits",
        """
        @Repository(entity = Views.class)
        public interface Repo {
          @Increment void add(String page, int hits);
        }
        """);
  }

  @Test
  void should_report_increment_without_delta() {
    expect(
        "INCREMENT_NOTHING",
        "void add",
        """
        @Repository(entity = Views.class)
        public interface Repo {
          @Increment void add(String page);
        }
        """);
  }

  @Test
  void should_warn_when_nulls_write_tombstones() {
    expectWarning(
        "NULLS_WRITE_TOMBSTONES",
        "void save",
        """
        @Repository(nullSaving = NullSavingStrategy.SET_TO_NULL)
        public interface Repo {
          @Insert void save(Order order);
        }
        """);
  }
}
