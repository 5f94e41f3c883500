package io.sibyl.mapper.processor.table;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.CaseSources;
import io.sibyl.mapper.processor.testing.Compilations;
import io.sibyl.mapper.processor.testing.GoldenFiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableGenerationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "simple_record",
        "clustering_desc",
        "javabean_superclass",
        "immutable_class",
        "counter",
        "all_types",
        "naming"
      })
  void should_generate_table_matching_golden(String name) {
    Compilation compilation = Compilations.compile(CaseSources.inputs("table", name));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(compilation, "table", name, CaseSources.expectedTypes("table", name));
  }

  @Test
  void should_apply_the_processor_naming_option() {
    Compilation compilation =
        Compilations.compile(
            List.of("-Asibyl.naming=lower_case"), CaseSources.inputs("table", "clustering_desc"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.OrderTable")
        .contentsAsUtf8String()
        .contains("customerid uuid");
  }
}
