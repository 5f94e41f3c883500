package io.sibyl.mapper.arch;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.testsupport.arch.SourceReferences;
import io.sibyl.testsupport.arch.SourceReferences.Scope;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the public packages of the mapper runtime free of cycles: {@code io.sibyl.mapper.query} may
 * use {@code io.sibyl.mapper.metamodel}, never the reverse; {@code io.sibyl.mapper.metamodel} may
 * use {@code io.sibyl.mapper.generated}, never the reverse. It reads the main sources, so it needs
 * no extra library; comments are skipped, so Javadoc may still mention the DSL.
 */
class PackageDependencyTest {

  private static final Path MAIN = Path.of("src", "main", "java");

  @Test
  void should_keep_metamodel_independent_of_query() {
    assertThat(violations("io.sibyl.mapper.metamodel", "io.sibyl.mapper.query")).isEmpty();
  }

  @Test
  void should_keep_generated_independent_of_metamodel() {
    assertThat(violations("io.sibyl.mapper.generated", "io.sibyl.mapper.metamodel")).isEmpty();
  }

  @Test
  void should_keep_bulk_independent_of_query() {
    assertThat(violations("io.sibyl.mapper.bulk", "io.sibyl.mapper.query")).isEmpty();
  }

  @Test
  void should_keep_generated_independent_of_query() {
    assertThat(violations("io.sibyl.mapper.generated", "io.sibyl.mapper.query")).isEmpty();
  }

  @Test
  void should_find_imports_and_qualified_names_but_not_comments() {
    String source =
        """
        package io.sibyl.mapper.metamodel;

        import io.sibyl.mapper.query.Restriction;
        import static io.sibyl.mapper.query.Operator.EQ;

        /** Made for {@link io.sibyl.mapper.query.SelectQuery}. */
        class Sample {
          // io.sibyl.mapper.query.SelectQuery in a comment
          String text = "io.sibyl.mapper.query.SelectQuery";
          io.sibyl.mapper.query.UpdateQuery<?> update;
          io.sibyl.mapper.queryx.Other other;
        }
        """;

    assertThat(SourceReferences.linesNaming(source, "io.sibyl.mapper.query"))
        .containsExactly(
            "3: import io.sibyl.mapper.query.Restriction;",
            "4: import static io.sibyl.mapper.query.Operator.EQ;",
            "10: io.sibyl.mapper.query.UpdateQuery<?> update;");
  }

  private static List<String> violations(String from, String forbidden) {
    return SourceReferences.violations(MAIN, from, Scope.WITH_SUBPACKAGES, forbidden);
  }
}
