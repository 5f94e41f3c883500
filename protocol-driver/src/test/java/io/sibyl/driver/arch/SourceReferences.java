package io.sibyl.driver.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds where Java sources name a package: imports, static imports and fully qualified names in
 * code. Comments and string literals are skipped, so a Javadoc mention is not a dependency.
 */
final class SourceReferences {

  private static final Pattern COMMENT_OR_STRING =
      Pattern.compile(
          "/\\*.*?\\*/|//[^\\n]*|\"\"\"(?:\\\\.|[^\\\\])*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'",
          Pattern.DOTALL);

  private SourceReferences() {}

  /** The source with comments and string and character literals replaced by spaces. */
  static String code(String source) {
    Matcher m = COMMENT_OR_STRING.matcher(source);
    StringBuilder out = new StringBuilder(source.length());
    int last = 0;
    while (m.find()) {
      out.append(source, last, m.start());
      // Keep line breaks so that reported line numbers stay right.
      out.append(m.group().replaceAll("[^\\n]", " "));
      last = m.end();
    }
    return out.append(source.substring(last)).toString();
  }

  /**
   * The lines ({@code "12: import a.b.C;"}) of {@code source} whose code names {@code pkg} or one
   * of its subpackages.
   */
  static List<String> linesNaming(String source, String pkg) {
    Pattern name = Pattern.compile("(?<![\\w.])" + Pattern.quote(pkg) + "\\.[\\w.]*");
    String[] lines = code(source).split("\n", -1);
    String[] original = source.split("\n", -1);
    return IntStream.range(0, lines.length)
        .filter(i -> name.matcher(lines[i]).find())
        .mapToObj(i -> (i + 1) + ": " + original[i].strip())
        .toList();
  }

  /** Each {@code .java} file directly in {@code directory} (not its subdirectories). */
  static List<Path> javaFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
