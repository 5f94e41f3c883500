package io.sibyl.mapper.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.CaseSources;
import io.sibyl.mapper.processor.testing.Compilations;
import io.sibyl.mapper.processor.testing.GoldenFiles;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class SchemaContributorGenerationTest {

  private static final List<String> CONTRIBUTORS =
      List.of(
          "test.OrderTable__Schema",
          "test.CustomerTable__Schema",
          "test.AddressUdt__Schema",
          "test.GeoUdt__Schema");

  @Test
  void should_generate_schema_contributors_matching_golden() {
    Compilation compilation = Compilations.compile(CaseSources.inputs("schema", "contributors"));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(compilation, "schema", "contributors", CONTRIBUTORS);
  }

  @Test
  void should_register_every_contributor_as_a_service() throws IOException {
    Compilation compilation = Compilations.compile(CaseSources.inputs("schema", "contributors"));

    JavaFileObject services =
        compilation
            .generatedFile(
                StandardLocation.CLASS_OUTPUT,
                "META-INF/services/io.sibyl.mapper.schema.SchemaContributor")
            .orElseThrow();
    assertThat(services.getCharContent(true).toString().lines().toList())
        .containsExactly(
            "test.AddressUdt__Schema",
            "test.CustomerTable__Schema",
            "test.GeoUdt__Schema",
            "test.OrderTable__Schema")
        .inOrder();
  }
}
