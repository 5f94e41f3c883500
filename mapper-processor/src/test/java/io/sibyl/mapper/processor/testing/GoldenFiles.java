package io.sibyl.mapper.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compares generated sources with golden copies kept under {@code
 * src/test/resources/cases/<area>/<case>/expected/}. With {@code -Dsibyl.goldens.update=true} the
 * goldens are rewritten from the generated sources instead; a missing golden fails with the path to
 * create.
 */
public final class GoldenFiles {

  private static final boolean UPDATE = Boolean.getBoolean("sibyl.goldens.update");

  private GoldenFiles() {}

  /** Checks the case's generated types against their goldens, or writes them. */
  public static void check(Compilation compilation, String area, String name, List<String> types) {
    if (UPDATE && types.isEmpty()) {
      types = compilation.generatedSourceFiles().stream().map(GoldenFiles::typeName).toList();
    }
    for (String type : types) {
      String generated = generatedText(compilation, type);
      Path source =
          sourceTree()
              .resolve("cases")
              .resolve(area)
              .resolve(name)
              .resolve("expected")
              .resolve(type.replace('.', '/') + ".java");
      if (UPDATE) {
        write(source, generated);
        continue;
      }
      Path golden =
          CaseSources.directory(area, name)
              .resolve("expected")
              .resolve(type.replace('.', '/') + ".java");
      assertWithMessage(
              "Missing golden file: create %s (run with -Dsibyl.goldens.update=true)", source)
          .that(Files.exists(golden))
          .isTrue();
      assertThat(compilation)
          .generatedSourceFile(type)
          .contentsAsUtf8String()
          .isEqualTo(read(golden));
    }
  }

  private static String generatedText(Compilation compilation, String type) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(type)
            .orElseThrow(() -> new AssertionError("No generated source " + type));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String typeName(JavaFileObject file) {
    String path = file.toUri().getPath();
    String relative = path.substring(path.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length());
    return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
  }

  private static Path sourceTree() {
    return Path.of(System.getProperty("user.dir"), "src", "test", "resources");
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path path, String text) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
