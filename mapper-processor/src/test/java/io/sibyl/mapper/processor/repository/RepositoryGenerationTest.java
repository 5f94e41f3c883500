package io.sibyl.mapper.processor.repository;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.CaseSources;
import io.sibyl.mapper.processor.testing.Compilations;
import io.sibyl.mapper.processor.testing.GoldenFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryGenerationTest {

  @ParameterizedTest
  @ValueSource(strings = {"crud", "selects", "writes", "counters", "queries", "collections"})
  void should_generate_repository_matching_golden(String name) {
    Compilation compilation = Compilations.compile(CaseSources.inputs("repository", name));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(
        compilation, "repository", name, CaseSources.expectedTypes("repository", name));
  }
}
