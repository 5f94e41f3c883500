package io.sibyl.mapper.processor.repository;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.CaseSources;
import io.sibyl.mapper.processor.testing.Compilations;
import io.sibyl.mapper.processor.testing.GoldenFiles;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryGenerationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "crud",
        "selects",
        "writes",
        "counters",
        "queries",
        "collections",
        "overloads",
        "changes",
        "bulk"
      })
  void should_generate_repository_matching_golden(String name) {
    Compilation compilation = Compilations.compile(CaseSources.inputs("repository", name));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(
        compilation, "repository", name, CaseSources.expectedTypes("repository", name));
  }

  @Test
  void should_give_each_overload_its_own_constants() throws IOException {
    Compilation compilation = Compilations.compile(CaseSources.inputs("repository", "overloads"));

    assertThat(compilation).succeededWithoutWarnings();
    String code =
        compilation
            .generatedSourceFile("test.OverloadRepositoryImpl")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    // delete(User) and delete(Login) bind different layouts; byIds(..) bind different types.
    assertThat(code)
        .contains("int[] DELETE_AT = {0, -1, -1}")
        .contains("int[] DELETE2_AT = {0, 1, -1, -1}")
        .contains("GenericType<List<UUID>> BY_IDS_IDS_TYPE")
        .contains("GenericType<List<String>> BY_IDS2_IDS_TYPE")
        .contains("bs.set(1, ids, BY_IDS2_IDS_TYPE)");
  }
}
