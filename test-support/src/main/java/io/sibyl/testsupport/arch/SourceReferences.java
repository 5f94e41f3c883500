package io.sibyl.testsupport.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds where Java sources name a package: imports, static imports and fully qualified names in
 * code. Comments and string and character literals are skipped, so a Javadoc mention is not a
 * dependency. Architecture tests use it to keep one package from depending on another without an
 * extra library.
 */
public final class SourceReferences {

  /** Which source files of a package {@link #violations} reads. */
  public enum Scope {
    /** The classes directly in the package, not those of its subpackages. */
    PACKAGE_ONLY,
    /** The classes of the package and of all its subpackages. */
    WITH_SUBPACKAGES
  }

  private static final Pattern COMMENT_OR_STRING =
      Pattern.compile(
          "/\\*.*?\\*/|//[^\\n]*|\"\"\"(?:\\\\.|[^\\\\])*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'",
          Pattern.DOTALL);

  private SourceReferences() {}

  /**
   * The source with comments and string and character literals replaced by spaces (line breaks
   * kept, so line numbers stay right).
   *
   * @param source the text of a Java source file
   * @return the code only, same length and same lines as {@code source}
   */
  public static String code(String source) {
    Matcher m = COMMENT_OR_STRING.matcher(source);
    StringBuilder out = new StringBuilder(source.length());
    int last = 0;
    while (m.find()) {
      out.append(source, last, m.start());
      out.append(m.group().replaceAll("[^\\n]", " "));
      last = m.end();
    }
    return out.append(source.substring(last)).toString();
  }

  /**
   * The lines ({@code "12: import a.b.C;"}) of {@code source} whose code names {@code pkg} or one
   * of its subpackages.
   *
   * @param source the text of a Java source file
   * @param pkg a package name, such as {@code io.sibyl.driver.internal}
   * @return each naming line, numbered from 1 and stripped, in source order
   */
  public static List<String> linesNaming(String source, String pkg) {
    Pattern name = Pattern.compile("(?<![\\w.])" + Pattern.quote(pkg) + "\\.[\\w.]*");
    String[] lines = code(source).split("\n", -1);
    String[] original = source.split("\n", -1);
    return IntStream.range(0, lines.length)
        .filter(i -> name.matcher(lines[i]).find())
        .mapToObj(i -> (i + 1) + ": " + original[i].strip())
        .toList();
  }

  /**
   * Each line ({@code "File.java:12: import a.b.C;"}, the path relative to the package's directory)
   * of a class of package {@code from} that names package {@code forbidden}.
   *
   * @param sourceRoot the source root, such as {@code src/main/java}
   * @param from the package whose classes are read
   * @param scope whether the classes of {@code from}'s subpackages are read too
   * @param forbidden the package that must not be named
   * @return the offending lines; empty when there are none
   * @throws IllegalArgumentException if {@code from} has no source file under {@code sourceRoot} (a
   *     renamed package would otherwise pass silently)
   */
  public static List<String> violations(
      Path sourceRoot, String from, Scope scope, String forbidden) {
    Path directory = sourceRoot.resolve(from.replace('.', '/'));
    List<Path> files = javaFiles(directory, scope);
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "No Java source of package "
              + from
              + " in "
              + directory.toAbsolutePath()
              + "; fix the package name or the source root in the test");
    }
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      for (String line : linesNaming(read(file), forbidden)) {
        found.add(directory.relativize(file) + ":" + line);
      }
    }
    return found;
  }

  private static List<Path> javaFiles(Path directory, Scope scope) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files =
        scope == Scope.PACKAGE_ONLY ? Files.list(directory) : Files.walk(directory)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the sources in " + directory, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
