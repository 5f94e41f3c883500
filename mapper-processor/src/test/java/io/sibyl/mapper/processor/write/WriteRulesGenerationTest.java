package io.sibyl.mapper.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.CaseSources;
import io.sibyl.mapper.processor.testing.Compilations;
import io.sibyl.mapper.processor.testing.GoldenFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Goldens of the code that runs before writes: defaults, constraint checks, the hook. */
class WriteRulesGenerationTest {

  @Test
  void should_generate_defaults_checks_and_hook_of_a_record_matching_golden() {
    Compilation compilation =
        Compilations.compile(CaseSources.inputs("table", "write_rules_record"));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(compilation, "table", "write_rules_record", List.of("test.BookingTable"));
  }

  @Test
  void should_generate_defaults_set_on_a_bean_matching_golden() {
    Compilation compilation = Compilations.compile(CaseSources.inputs("table", "write_rules_bean"));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(compilation, "table", "write_rules_bean", List.of("test.TicketTable"));
  }

  @Test
  void should_prepare_inserted_and_updated_entities_but_not_deleted_ones_matching_golden() {
    Compilation compilation = Compilations.compile(CaseSources.inputs("repository", "write_rules"));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(
        compilation,
        "repository",
        "write_rules",
        List.of("test.NoteRepositoryImpl", "test.NoteTable"));
    assertThat(compilation)
        .generatedSourceFile("test.NoteRepositoryImpl")
        .contentsAsUtf8String()
        .contains("NoteTable.bind(bs, note, DELETE_AT, true)");
  }

  @Test
  void should_add_nothing_to_a_table_without_rules() {
    Compilation compilation = Compilations.compile(CaseSources.inputs("table", "simple_record"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.UserTable")
        .contentsAsUtf8String()
        .doesNotContain("prepare");
  }
}
