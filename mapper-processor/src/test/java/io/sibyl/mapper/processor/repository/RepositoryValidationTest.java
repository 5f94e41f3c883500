package io.sibyl.mapper.processor.repository;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.expect;

import io.sibyl.mapper.processor.testing.Compilations;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class RepositoryValidationTest {

  @Test
  void should_report_repository_on_class() {
    expect(
        "REPOSITORY_NOT_INTERFACE",
        "class Repo",
        """
        @Repository
        public abstract class Repo {}
        """);
  }

  @Test
  void should_report_generic_repository() {
    expect(
        "REPOSITORY_GENERIC",
        "interface Repo",
        """
        @Repository
        public interface Repo<T> {}
        """);
  }

  @Test
  void should_report_method_without_entity_when_repository_has_several() {
    expect(
        "REPOSITORY_ENTITY_UNKNOWN",
        "countByPage",
        """
        @Repository
        public interface Repo {
          @Insert void save(Order order);
          @Select Optional<Views> views(String page);
          long countByPage(String page);
        }
        """);
  }

  @Test
  void should_report_entity_that_is_no_table() {
    expect(
        "ENTITY_NOT_TABLE",
        "countByName",
        """
        @Repository(entity = String.class)
        public interface Repo {
          long countByName(String name);
        }
        """);
  }

  @Test
  void should_report_two_method_kinds() {
    expect(
        "METHOD_KIND_CONFLICT",
        "void save",
        """
        @Repository
        public interface Repo {
          @Insert @Update void save(Order order);
        }
        """);
  }

  @Test
  void should_report_inherited_methods_that_cannot_be_told_apart() {
    // Repo inherits two partition(UUID, int): its generated class could implement only one.
    expect(
        "METHOD_OVERLOAD_AMBIGUOUS",
        "partition(UUID id, int b)",
        """
        interface Reads {
          @Select List<Order> partition(UUID customerId, int bucket);
        }

        interface Lookups {
          @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket = ?")
          List<Order> partition(UUID id, int b);
        }

        @Repository
        public interface Repo extends Reads, Lookups {}
        """);
  }

  @Test
  void should_accept_inherited_methods_redeclared_by_the_repository() {
    JavaFileObject repo =
        RepositoryTestSources.repository(
            """
            interface Reads {
              @Select List<Order> partition(UUID customerId, int bucket);
            }

            interface Lookups {
              @Query("SELECT * FROM orders WHERE customer_id = ? AND bucket = ?")
              List<Order> partition(UUID id, int b);
            }

            @Repository
            public interface Repo extends Reads, Lookups {
              @Override
              @Select
              List<Order> partition(UUID customerId, int bucket);
            }
            """);

    assertThat(Compilations.compile(repo, RepositoryTestSources.ORDER, RepositoryTestSources.VIEWS))
        .succeededWithoutWarnings();
  }

  @Test
  void should_report_method_that_cannot_be_derived() {
    expect(
        "METHOD_NOT_DERIVABLE",
        "void archive",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          void archive(UUID customerId);
        }
        """);
  }

  @Test
  void should_report_generic_method() {
    expect(
        "METHOD_GENERIC",
        "<T> void save",
        """
        @Repository
        public interface Repo {
          @Insert <T> void save(Order order);
        }
        """);
  }

  @Test
  void should_report_return_type_the_kind_cannot_produce() {
    expect(
        "RETURN_TYPE_UNSUPPORTED",
        "List<Order> save",
        """
        @Repository
        public interface Repo {
          @Insert List<Order> save(Order order);
        }
        """);
  }

  @Test
  void should_report_boolean_insert_without_condition() {
    expect(
        "RETURN_TYPE_UNSUPPORTED",
        "boolean save",
        """
        @Repository
        public interface Repo {
          @Insert boolean save(Order order);
        }
        """);
  }

  @Test
  void should_report_parameter_matching_no_column() {
    expect(
        "PARAMETER_UNMATCHED",
        "String nickname",
        """
        @Repository
        public interface Repo {
          @Select List<Order> find(UUID customerId, int bucket, String nickname);
        }
        """);
  }

  @Test
  void should_report_parameter_of_wrong_type() {
    expect(
        "PARAMETER_TYPE_MISMATCH",
        "String bucket",
        """
        @Repository
        public interface Repo {
          @Select List<Order> find(UUID customerId, String bucket);
        }
        """);
  }

  @Test
  void should_report_parameter_that_cannot_be_bound() {
    expect(
        "PARAMETER_TYPE_UNSUPPORTED",
        "Thread worker",
        """
        @Repository(entity = Order.class)
        public interface Repo {
          @Query("SELECT * FROM orders WHERE status = :worker ALLOW FILTERING")
          List<Order> find(Thread worker);
        }
        """);
  }

  @Test
  void should_report_option_parameter_of_wrong_type() {
    expect(
        "OPTION_PARAMETER_TYPE",
        "String level",
        """
        @Repository
        public interface Repo {
          @Select List<Order> find(UUID customerId, int bucket,
              @CallOption(CallOption.Kind.CONSISTENCY) String level);
        }
        """);
  }

  @Test
  void should_report_query_options_not_last() {
    expect(
        "OPTION_PARAMETER_NOT_LAST",
        "QueryOptions options, int bucket",
        """
        @Repository
        public interface Repo {
          @Select List<Order> find(UUID customerId, QueryOptions options, int bucket);
        }
        """);
  }

  @Test
  void should_report_ttl_option_on_select() {
    expect(
        "OPTION_NOT_APPLICABLE",
        "int ttl",
        """
        @Repository
        public interface Repo {
          @Select List<Order> find(UUID customerId, int bucket,
              @CallOption(CallOption.Kind.TTL) int ttl);
        }
        """);
  }

  @Test
  void should_report_execution_profile_option_that_is_no_string() {
    expect(
        "OPTION_PARAMETER_TYPE",
        "int profile",
        """
        @Repository
        public interface Repo {
          @Select List<Order> find(UUID customerId, int bucket,
              @CallOption(CallOption.Kind.EXECUTION_PROFILE) int profile);
        }
        """);
  }

  @Test
  void should_report_second_execution_profile_option_on_its_parameter() {
    expect(
        "OPTION_PARAMETER_DUPLICATE",
        "String fallback",
        """
        @Repository
        public interface Repo {
          @Select List<Order> find(UUID customerId, int bucket,
              @CallOption(CallOption.Kind.EXECUTION_PROFILE) String profile,
              @CallOption(CallOption.Kind.EXECUTION_PROFILE) String fallback);
        }
        """);
  }
}
