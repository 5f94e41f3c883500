package io.sibyl.mapper.processor.repository;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.CaseSources;
import io.sibyl.mapper.processor.testing.Compilations;
import io.sibyl.mapper.processor.testing.GoldenFiles;
import org.junit.jupiter.api.Test;

class PolymorphicRepositoryGenerationTest {

  @Test
  void should_generate_repository_of_polymorphic_base_matching_golden() {
    Compilation compilation = Compilations.compile(CaseSources.inputs("repository", "polymorphic"));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(
        compilation,
        "repository",
        "polymorphic",
        CaseSources.expectedTypes("repository", "polymorphic"));
  }
}
