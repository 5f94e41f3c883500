package io.sibyl.mapper.processor.udt;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.CaseSources;
import io.sibyl.mapper.processor.testing.Compilations;
import io.sibyl.mapper.processor.testing.GoldenFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UdtGenerationTest {

  @ParameterizedTest
  @ValueSource(strings = {"nested_udt"})
  void should_generate_udt_mappers_matching_golden(String name) {
    Compilation compilation = Compilations.compile(CaseSources.inputs("udt", name));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(compilation, "udt", name, CaseSources.expectedTypes("udt", name));
  }
}
