package io.sibyl.mapper.processor.repository;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.expect;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.expectWarning;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.Compilations;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class SelectValidationTest {

  @Test
  void should_report_finder_on_column_without_index() {
    expect(
        "SELECT_NEEDS_ALLOW_FILTERING",
        "findByStatus",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> findByStatus(String status);
        }
        """);
  }

  @Test
  void should_name_the_missing_index_in_the_message() {
    JavaFileObject repo =
        RepositoryTestSources.repository(
            """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> findByStatus(String status);
        }
        """);
    Compilation compilation =
        Compilations.compile(repo, RepositoryTestSources.ORDER, RepositoryTestSources.VIEWS);

    assertThat(compilation)
        .hadErrorContaining(
            "because column status is not part of the primary key and has no index: add @Index to"
                + " property 'status'");
  }

  @Test
  void should_report_partial_partition_key() {
    expect(
        "SELECT_NEEDS_ALLOW_FILTERING",
        "findByCustomerId",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> findByCustomerId(UUID customerId);
        }
        """);
  }

  @Test
  void should_report_range_on_secondary_index() {
    expect(
        "SELECT_NEEDS_ALLOW_FILTERING",
        "findByChannelGreaterThan",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> findByChannelGreaterThan(String channel);
        }
        """);
  }

  @Test
  void should_report_clustering_range_before_equality() {
    expect(
        "SELECT_RANGE_BEFORE_EQUALITY",
        "findByCustomerIdAndBucketAndOrderDateGreaterThan",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> findByCustomerIdAndBucketAndOrderDateGreaterThanAndOrderId(
              UUID customerId, int bucket, Instant after, UUID orderId);
        }
        """);
  }

  @Test
  void should_report_select_key_parameters_missing_partition_column() {
    expect(
        "KEY_PARAMETERS_INCOMPLETE",
        "find(UUID customerId, Instant orderDate)",
        """
        @Repository
        public interface Repo {
          @Select List<Order> find(UUID customerId, Instant orderDate);
        }
        """);
  }

  @Test
  void should_report_order_by_on_regular_column() {
    expect(
        "SELECT_ORDER_BY_INVALID",
        "orderBy = \"status DESC\"",
        """
        @Repository
        public interface Repo {
          @Select(orderBy = "status DESC") List<Order> find(UUID customerId, int bucket);
        }
        """);
  }

  @Test
  void should_report_finder_naming_unknown_property() {
    expect(
        "FINDER_UNKNOWN_PROPERTY",
        "findByNickname",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> findByNickname(String nickname);
        }
        """);
  }

  @Test
  void should_report_finder_with_wrong_parameter_count() {
    expect(
        "FINDER_PARAMETER_COUNT",
        "findByCustomerIdAndBucket",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> findByCustomerIdAndBucket(UUID customerId);
        }
        """);
  }

  @Test
  void should_report_contains_on_non_collection() {
    expect(
        "FINDER_OPERATOR_UNSUPPORTED",
        "findByStatusContains",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> findByStatusContains(String status);
        }
        """);
  }

  @Test
  void should_report_unparsable_where_clause() {
    expect(
        "WHERE_INVALID",
        "where = \"customer_id = = :customerId\"",
        """
        @Repository
        public interface Repo {
          @Select(where = "customer_id = = :customerId") List<Order> find(UUID customerId);
        }
        """);
  }

  @Test
  void should_report_misspelt_column_in_where_clause() {
    expect(
        "WHERE_UNKNOWN_COLUMN",
        "where = ",
        """
        @Repository
        public interface Repo {
          @Select(where = "customer = :customerId AND bucket = :bucket")
          List<Order> find(UUID customerId, int bucket);
        }
        """);
  }

  @Test
  void should_report_positional_marker_in_where_clause() {
    expect(
        "WHERE_POSITIONAL_MARKER",
        "where = ",
        """
        @Repository
        public interface Repo {
          @Select(where = "customer_id = ? AND bucket = :bucket")
          List<Order> find(UUID customerId, int bucket);
        }
        """);
  }

  @Test
  void should_report_invalid_limit() {
    expect(
        "EXPRESSION_INVALID",
        "limit = \"ten\"",
        """
        @Repository
        public interface Repo {
          @Select(limit = "ten") List<Order> find(UUID customerId, int bucket);
        }
        """);
  }

  @Test
  void should_report_count_returning_a_list() {
    expect(
        "RETURN_TYPE_UNSUPPORTED",
        "countByCustomerIdAndBucket",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> countByCustomerIdAndBucket(UUID customerId, int bucket);
        }
        """);
  }

  @Test
  void should_warn_about_allow_filtering() {
    expectWarning(
        "ALLOW_FILTERING_SCAN",
        "findByStatusAllowFiltering",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> findByStatusAllowFiltering(String status);
        }
        """);
  }

  @Test
  void should_warn_about_full_table_scan() {
    expectWarning(
        "FULL_TABLE_SCAN",
        "findAll",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> findAll();
        }
        """);
  }

  @Test
  void should_warn_about_in_on_partition_key() {
    expectWarning(
        "MULTI_PARTITION_IN",
        "findByCustomerIdInAndBucket",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          List<Order> findByCustomerIdInAndBucket(List<UUID> ids, int bucket);
        }
        """);
  }
}
