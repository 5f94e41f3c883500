package io.sibyl.mapper.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Inline test sources and the one-error assertion that validation tests share. */
public final class Sources {

  private Sources() {}

  /** A source file of class {@code test.<simpleName>}. */
  public static JavaFileObject source(String simpleName, String body) {
    return JavaFileObjects.forSourceString("test." + simpleName, "package test;\n\n" + body);
  }

  /**
   * Asserts that the compilation failed with exactly one error, which starts with {@code [id]} and
   * sits on the line of {@code file} containing {@code line}.
   */
  public static void assertOneError(
      Compilation compilation, String id, JavaFileObject file, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + id + "]").inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  /** Asserts a successful compilation with one warning {@code [id]} on the given line. */
  public static void assertOneWarning(
      Compilation compilation, String id, JavaFileObject file, String line) {
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[" + id + "]")
        .inFile(file)
        .onLineContaining(line);
    assertThat(compilation).hadWarningCount(1);
  }
}
