package io.sibyl.mapper.processor.table;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.sibyl.mapper.processor.testing.Sources.assertOneError;
import static io.sibyl.mapper.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.Compilations;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The checks of {@code @Index} kinds and options: SASI modes, where SASI goes, option maps. */
class IndexValidationTest {

  private static final String IMPORTS =
      """
      import io.sibyl.mapper.annotations.*;
      import java.time.Instant;
      import java.util.*;
      """;

  private static void expect(String id, String line, String message, String body) {
    JavaFileObject file = source("Doc", IMPORTS + body);
    Compilation compilation = Compilations.compile(file);
    assertOneError(compilation, id, file, line);
    assertThat(compilation).hadErrorContaining("[" + id + "] " + message);
  }

  @Test
  void should_accept_sasi_indexes_in_each_mode_on_the_columns_they_serve() {
    JavaFileObject file =
        source(
            "Doc",
            IMPORTS
                + """
                @Table
                public record Doc(
                    @PartitionKey UUID id,
                    @ClusteringColumn @Index(type = IndexType.SASI_PREFIX) String slug,
                    @Index(type = IndexType.SASI_CONTAINS,
                        options = "{'analyzer_class':"
                            + " 'org.apache.cassandra.index.sasi.analyzer.NonTokenizingAnalyzer',"
                            + " 'case_sensitive': 'false'}")
                    String title,
                    @Index(type = IndexType.SASI_PREFIX) int words,
                    @Index(type = IndexType.SASI_SPARSE) Instant created) {}
                """);

    assertThat(Compilations.compile(file)).succeededWithoutWarnings();
  }

  @Test
  void should_report_contains_mode_on_a_column_that_is_not_text() {
    expect(
        "INDEX_SASI_CONTAINS_NOT_TEXT",
        "@Index(type = IndexType.SASI_CONTAINS)",
        "@Index(type = IndexType.SASI_CONTAINS) cannot be put on 'words' of type int: CONTAINS"
            + " mode matches text only. Use IndexType.SASI_PREFIX, or SASI_SPARSE for values with"
            + " few rows each",
        """
        @Table
        public record Doc(@PartitionKey UUID id,
            @Index(type = IndexType.SASI_CONTAINS) int words) {}
        """);
  }

  @Test
  void should_report_sparse_mode_on_text() {
    expect(
        "INDEX_SASI_SPARSE_ON_TEXT",
        "@Index(type = IndexType.SASI_SPARSE)",
        "@Index(type = IndexType.SASI_SPARSE) cannot be put on text column 'title': SPARSE mode"
            + " is for numbers, dates and times. Use IndexType.SASI_PREFIX or SASI_CONTAINS",
        """
        @Table
        public record Doc(@PartitionKey UUID id,
            @Index(type = IndexType.SASI_SPARSE) String title) {}
        """);
  }

  @Test
  void should_report_sasi_on_a_partition_key_column() {
    expect(
        "INDEX_SASI_ON_PARTITION_KEY",
        "@Index(type = IndexType.SASI_PREFIX)",
        "@Index(type = IndexType.SASI_PREFIX) cannot be put on partition key column 'region':"
            + " SASI does not index partition key columns. Use IndexType.STORAGE_ATTACHED, or"
            + " remove the @Index",
        """
        @Table
        public record Doc(@PartitionKey(0) UUID id,
            @Index(type = IndexType.SASI_PREFIX)
            @PartitionKey(1) String region) {}
        """);
  }

  @Test
  void should_report_sasi_on_a_collection() {
    expect(
        "INDEX_SASI_ON_COLLECTION",
        "@Index(type = IndexType.SASI_CONTAINS)",
        "@Index(type = IndexType.SASI_CONTAINS) cannot be put on 'tags' of type set<text>: SASI"
            + " indexes single values, not collections or UDTs. Use IndexType.STORAGE_ATTACHED or"
            + " SECONDARY",
        """
        @Table
        public record Doc(@PartitionKey UUID id,
            @Index(type = IndexType.SASI_CONTAINS) Set<String> tags) {}
        """);
  }

  @Test
  void should_report_a_mode_in_the_options_of_any_index() {
    expect(
        "INDEX_MODE_IN_OPTIONS",
        "options = \"{'mode'",
        "@Index options of 'title' set 'mode', which is given by the index type: remove it, and"
            + " use IndexType.SASI_PREFIX, SASI_CONTAINS or SASI_SPARSE for a SASI index",
        """
        @Table
        public record Doc(@PartitionKey UUID id,
            @Index(type = IndexType.SASI_PREFIX,
                options = "{'mode': 'CONTAINS'}") String title) {}
        """);
    expect(
        "INDEX_MODE_IN_OPTIONS",
        "options = \"{'MODE'",
        "@Index options of 'title' set 'mode'",
        """
        @Table
        public record Doc(@PartitionKey UUID id,
            @Index(type = IndexType.STORAGE_ATTACHED,
                options = "{'MODE' : 'CONTAINS'}") String title) {}
        """);
  }

  @Test
  void should_report_options_that_are_not_a_map() {
    expect(
        "INDEX_OPTIONS_INVALID",
        "options = \"'case_sensitive'",
        "@Index options of 'title' must be a CQL map such as {'case_sensitive': 'false'}, not"
            + " 'case_sensitive': 'false': write it between braces",
        """
        @Table
        public record Doc(@PartitionKey UUID id,
            @Index(type = IndexType.SASI_CONTAINS,
                options = "'case_sensitive': 'false'") String title) {}
        """);
  }
}
