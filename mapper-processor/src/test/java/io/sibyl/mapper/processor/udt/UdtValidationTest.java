package io.sibyl.mapper.processor.udt;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.sibyl.mapper.processor.testing.Sources.assertOneError;
import static io.sibyl.mapper.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.sibyl.mapper.processor.SibylProcessor;
import io.sibyl.mapper.processor.testing.Compilations;
import io.sibyl.mapper.processor.testing.RootRecorder;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UdtValidationTest {

  private static final String IMPORTS =
      """
      import io.sibyl.mapper.annotations.*;
      import java.util.*;
      """;

  @Test
  void should_report_key_annotation_in_udt() {
    JavaFileObject file =
        source(
            "Address",
            IMPORTS
                + """
        @Udt
        public record Address(
            @PartitionKey String street) {}
        """);
    assertOneError(Compilations.compile(file), "UDT_KEY_ANNOTATION", file, "@PartitionKey");
  }

  @Test
  void should_report_udt_that_contains_itself() {
    JavaFileObject file =
        source(
            "Node",
            IMPORTS
                + """
        @Udt
        public record Node(String label, List<Node> children) {}
        """);
    assertOneError(Compilations.compile(file), "UDT_RECURSIVE", file, "List<Node> children");
  }

  @Test
  void should_report_udt_on_enum() {
    JavaFileObject file =
        source(
            "Color",
            IMPORTS
                + """
        @Udt
        public enum Color { RED }
        """);
    assertOneError(Compilations.compile(file), "ENTITY_NOT_A_CLASS", file, "enum Color");
  }

  @Test
  void should_defer_then_report_unresolved_type() {
    JavaFileObject file =
        source(
            "Address",
            IMPORTS
                + """
        @Udt
        public record Address(String street, Missing missing) {}
        """);
    Compilation compilation = Compilations.compile(file);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[UNRESOLVED_TYPE]")
        .inFile(file)
        .onLineContaining("record Address");
  }

  @Test
  void should_still_generate_valid_types_next_to_invalid_ones() {
    JavaFileObject bad =
        source(
            "Bad",
            IMPORTS
                + """
        @Table
        public record Bad(UUID id) {}
        """);
    JavaFileObject good =
        source(
            "Good",
            IMPORTS
                + """
        @Table
        public record Good(@PartitionKey UUID id) {}
        """);
    RootRecorder recorder = new RootRecorder(new SibylProcessor());
    Compilation compilation = Compiler.javac().withProcessors(recorder).compile(bad, good);

    assertOneError(compilation, "TABLE_MISSING_PARTITION_KEY", bad, "record Bad");
    assertThat(recorder.roots()).contains("test.GoodTable");
    assertThat(recorder.roots()).doesNotContain("test.BadTable");
  }
}
