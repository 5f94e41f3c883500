package io.sibyl.testsupport.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.testsupport.arch.SourceReferences.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReferencesTest {

  @TempDir Path root;

  @Test
  void should_read_subpackages_only_when_asked() throws IOException {
    write("a/b/Top.java", "package a.b;\nimport x.y.Z;\n");
    write("a/b/c/Nested.java", "package a.b.c;\n\nclass Nested { x.y.Z z; }\n");

    assertThat(SourceReferences.violations(root, "a.b", Scope.PACKAGE_ONLY, "x.y"))
        .containsExactly("Top.java:2: import x.y.Z;");
    assertThat(SourceReferences.violations(root, "a.b", Scope.WITH_SUBPACKAGES, "x.y"))
        .containsExactly("Top.java:2: import x.y.Z;", "c/Nested.java:3: class Nested { x.y.Z z; }");
  }

  @Test
  void should_skip_comments_and_literals() throws IOException {
    write(
        "a/Clean.java",
        "package a;\n/** {@link x.y.Z} */\nclass Clean { String s = \"x.y.Z\"; }\n");

    assertThat(SourceReferences.violations(root, "a", Scope.PACKAGE_ONLY, "x.y")).isEmpty();
  }

  @Test
  void should_fail_when_the_package_has_no_source() {
    assertThatThrownBy(() -> SourceReferences.violations(root, "no.such", Scope.PACKAGE_ONLY, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No Java source of package no.such in ");
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
