package io.sibyl.mapper.processor.table;

import static io.sibyl.mapper.processor.testing.Sources.assertOneError;
import static io.sibyl.mapper.processor.testing.Sources.source;

import io.sibyl.mapper.processor.testing.Compilations;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class TableValidationTest {

  private static final String IMPORTS =
      """
      import io.sibyl.mapper.annotations.*;
      import java.util.*;
      """;

  private static void expect(String id, String line, String body) {
    JavaFileObject file = source("User", IMPORTS + body);
    assertOneError(Compilations.compile(file), id, file, line);
  }

  @Test
  void should_report_missing_partition_key() {
    expect(
        "TABLE_MISSING_PARTITION_KEY",
        "record User",
        """
        @Table
        public record User(UUID id, String name) {}
        """);
  }

  @Test
  void should_report_duplicate_key_position() {
    expect(
        "KEY_ORDER_DUPLICATE",
        "@PartitionKey(0) String region",
        """
        @Table
        public record User(
            @PartitionKey(0) UUID id,
            @PartitionKey(0) String region) {}
        """);
  }

  @Test
  void should_report_gap_in_key_positions() {
    expect(
        "KEY_ORDER_GAP",
        "@ClusteringColumn(2)",
        """
        @Table
        public record User(
            @PartitionKey UUID id,
            @ClusteringColumn(0) String a,
            @ClusteringColumn(2) String c) {}
        """);
  }

  @Test
  void should_report_property_that_is_both_partition_and_clustering_key() {
    expect(
        "KEY_CONFLICTING_ANNOTATIONS",
        "UUID id",
        """
        @Table
        public record User(@PartitionKey @ClusteringColumn UUID id) {}
        """);
  }

  @Test
  void should_report_table_on_interface() {
    expect(
        "ENTITY_NOT_A_CLASS",
        "interface User",
        """
        @Table
        public interface User {}
        """);
  }

  @Test
  void should_report_generic_entity() {
    expect(
        "ENTITY_GENERIC",
        "record User",
        """
        @Table
        public record User<T>(@PartitionKey UUID id, T value) {}
        """);
  }

  @Test
  void should_report_private_nested_entity() {
    expect(
        "ENTITY_NOT_ACCESSIBLE",
        "record Inner",
        """
        public class User {
          @Table
          private record Inner(@PartitionKey UUID id) {}
        }
        """);
  }

  @Test
  void should_report_non_static_inner_class() {
    expect(
        "ENTITY_NOT_ACCESSIBLE",
        "class Inner",
        """
        public class User {
          @Table
          public class Inner {
            @PartitionKey public UUID id;
          }
        }
        """);
  }

  @Test
  void should_report_abstract_entity() {
    expect(
        "ENTITY_ABSTRACT",
        "abstract class User",
        """
        @Table
        public abstract class User {
          @PartitionKey public UUID id;
        }
        """);
  }

  @Test
  void should_report_entity_without_usable_constructor() {
    expect(
        "ENTITY_NOT_CONSTRUCTIBLE",
        "class User",
        """
        @Table
        public class User {
          @PartitionKey private final UUID id;
          private final String name;

          public User(UUID id) {
            this.id = id;
            this.name = null;
          }

          public UUID getId() { return id; }
          public String getName() { return name; }
        }
        """);
  }

  @Test
  void should_report_entity_without_properties() {
    expect(
        "ENTITY_NO_PROPERTIES",
        "class User",
        """
        @Table
        public class User {
          static int counter;
        }
        """);
  }

  @Test
  void should_report_unreadable_property() {
    expect(
        "PROPERTY_NOT_READABLE",
        "private String secret",
        """
        @Table
        public class User {
          @PartitionKey public UUID id;
          private String secret;

          public void setSecret(String secret) { this.secret = secret; }
        }
        """);
  }

  @Test
  void should_report_unwritable_bean_property() {
    expect(
        "PROPERTY_NOT_WRITABLE",
        "private String name",
        """
        @Table
        public class User {
          @PartitionKey public UUID id;
          private String name;

          public String getName() { return name; }
        }
        """);
  }

  @Test
  void should_report_transient_record_component() {
    expect(
        "RECORD_COMPONENT_TRANSIENT",
        "@Transient String cache",
        """
        @Table
        public record User(@PartitionKey UUID id, @Transient String cache) {}
        """);
  }

  @Test
  void should_report_unsupported_type() {
    expect(
        "COLUMN_UNSUPPORTED_TYPE",
        "Thread worker",
        """
        @Table
        public record User(@PartitionKey UUID id, Thread worker) {}
        """);
  }

  @Test
  void should_report_type_that_needs_explicit_cql_type() {
    expect(
        "COLUMN_TYPE_REQUIRED",
        "float[] embedding",
        """
        @Table
        public record User(@PartitionKey UUID id, float[] embedding) {}
        """);
  }

  @Test
  void should_report_unparsable_cql_type() {
    expect(
        "COLUMN_TYPE_INVALID",
        "lisst<int>",
        """
        @Table
        public record User(@PartitionKey UUID id, @Column(type = "lisst<int>") List<Integer> n) {}
        """);
  }

  @Test
  void should_report_cql_type_that_does_not_fit_java_type() {
    expect(
        "COLUMN_TYPE_MISMATCH",
        "type = \"int\"",
        """
        @Table
        public record User(@PartitionKey UUID id, @Column(type = "int") String name) {}
        """);
  }

  @Test
  void should_report_invalid_column_name() {
    expect(
        "COLUMN_NAME_INVALID",
        "bad name",
        """
        @Table
        public record User(@PartitionKey UUID id, @Column(name = "bad name") String name) {}
        """);
  }

  @Test
  void should_report_two_properties_on_one_column() {
    expect(
        "COLUMN_NAME_DUPLICATE",
        "String mail",
        """
        @Table
        public record User(
            @PartitionKey UUID id,
            @Column(name = "email") String address,
            @Column(name = "email") String mail) {}
        """);
  }

  @Test
  void should_report_codec_that_is_no_type_codec() {
    expect(
        "CODEC_INVALID",
        "codec = String.class",
        """
        @Table
        public record User(@PartitionKey UUID id, @Column(codec = String.class) String name) {}
        """);
  }

  @Test
  void should_report_regular_column_in_counter_table() {
    expect(
        "COUNTER_TABLE_NON_COUNTER_COLUMN",
        "String label",
        """
        @Table
        public record User(
            @PartitionKey UUID id,
            @Column(type = "counter") long visits,
            String label) {}
        """);
  }

  @Test
  void should_report_counter_of_wrong_java_type() {
    expect(
        "COUNTER_COLUMN_TYPE",
        "int visits",
        """
        @Table
        public record User(@PartitionKey UUID id, @Column(type = "counter") int visits) {}
        """);
  }

  @Test
  void should_report_counter_key_column() {
    expect(
        "COUNTER_KEY_COLUMN",
        "long bucket",
        """
        @Table
        public record User(
            @PartitionKey UUID id,
            @ClusteringColumn @Column(type = "counter") long bucket,
            @Column(type = "counter") long visits) {}
        """);
  }

  @Test
  void should_report_static_key_column() {
    expect(
        "STATIC_KEY_COLUMN",
        "@StaticColumn",
        """
        @Table
        public record User(
            @PartitionKey
            @StaticColumn UUID id) {}
        """);
  }

  @Test
  void should_report_static_column_without_clustering_columns() {
    expect(
        "STATIC_WITHOUT_CLUSTERING",
        "@StaticColumn",
        """
        @Table
        public record User(@PartitionKey UUID id,
            @StaticColumn String region) {}
        """);
  }

  @Test
  void should_report_negative_default_ttl() {
    expect(
        "TABLE_OPTION_INVALID",
        "defaultTtl = -1",
        """
        @Table(defaultTtl = -1)
        public record User(@PartitionKey UUID id) {}
        """);
  }

  @Test
  void should_report_malformed_table_option() {
    expect(
        "TABLE_OPTION_INVALID",
        "options = ",
        """
        @Table(options = "gc grace")
        public record User(@PartitionKey UUID id) {}
        """);
  }

  @Test
  void should_report_index_on_whole_partition_key() {
    expect(
        "INDEX_ON_PARTITION_KEY",
        "@Index",
        """
        @Table
        public record User(
            @Index
            @PartitionKey UUID id) {}
        """);
  }

  @Test
  void should_report_index_on_counter() {
    expect(
        "INDEX_ON_COUNTER",
        "@Index",
        """
        @Table
        public record User(@PartitionKey UUID id,
            @Index
            @Column(type = "counter") long visits) {}
        """);
  }
}
