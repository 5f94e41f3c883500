package io.sibyl.it.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the Java blocks of Markdown files: each one must be preceded by {@code <!-- snippet:
 * path#tag -->} (several separated by commas), whose regions it must show exactly, or by {@code
 * <!-- illustrative -->}. A region is the lines between {@code // tag::tag[]} and {@code //
 * end::tag[]} of the source file, path being relative to the repository root. Indentation common to
 * all lines, trailing spaces and surrounding blank lines are not compared.
 */
final class DocSnippets {
  private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*(\\S*)\\s*$");
  private static final Pattern SNIPPET =
      Pattern.compile("^\\s*<!--\\s*snippet:\\s*(.+?)\\s*-->\\s*$");
  private static final Pattern ILLUSTRATIVE =
      Pattern.compile("^\\s*<!--\\s*illustrative\\s*-->\\s*$");
  private static final Pattern MARKER = Pattern.compile("^\\s*//\\s*(tag|end)::[\\w-]+\\[]\\s*$");

  private final Path root;

  /** A checker resolving snippet paths against the repository {@code root}. */
  DocSnippets(Path root) {
    this.root = root;
  }

  /** README.md and every Markdown file under docs/, sorted. */
  List<Path> markdownFiles() {
    List<Path> files = new ArrayList<>();
    files.add(root.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The problems of one Markdown file, each as {@code file:line: what is wrong}. */
  List<String> check(String fileName, List<String> lines) {
    List<String> problems = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        i++;
        continue;
      }
      int open = i;
      int close = open + 1;
      while (close < lines.size() && !FENCE.matcher(lines.get(close)).matches()) {
        close++;
      }
      if (fence.group(1).equals("java")) {
        String where = fileName + ":" + (open + 1) + ": ";
        String marker = previousNonBlank(lines, open);
        Matcher snippet = SNIPPET.matcher(marker);
        if (snippet.matches()) {
          compare(where, snippet.group(1), lines.subList(open + 1, Math.min(close, lines.size())))
              .ifPresent(problems::add);
        } else if (!ILLUSTRATIVE.matcher(marker).matches()) {
          problems.add(
              where
                  + "java block without <!-- snippet: path#tag --> or <!-- illustrative --> right"
                  + " before it");
        }
      }
      i = close + 1;
    }
    return problems;
  }

  private java.util.Optional<String> compare(String where, String references, List<String> block) {
    List<String> expected = new ArrayList<>();
    for (String reference : references.split("\\s*,\\s*")) {
      int hash = reference.indexOf('#');
      if (hash < 0) {
        return java.util.Optional.of(where + "snippet '" + reference + "' has no #tag");
      }
      Path source = root.resolve(reference.substring(0, hash));
      String tag = reference.substring(hash + 1);
      if (!Files.isRegularFile(source)) {
        return java.util.Optional.of(where + "snippet source " + source + " does not exist");
      }
      List<String> region = region(source, tag);
      if (region == null) {
        return java.util.Optional.of(
            where + "no region // tag::" + tag + "[] ... // end::" + tag + "[] in " + source);
      }
      if (!expected.isEmpty()) {
        expected.add("");
      }
      expected.addAll(normalize(region));
    }
    List<String> shown = normalize(block);
    if (shown.equals(expected)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        where
            + "block differs from "
            + references
            + " (first difference at block line "
            + (firstDifference(shown, expected) + 1)
            + "); the source says:\n"
            + String.join("\n", expected));
  }

  private static List<String> region(Path source, String tag) {
    List<String> lines;
    try {
      lines = Files.readAllLines(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.equals("// tag::" + tag + "[]")) {
        start = i + 1;
      } else if (line.equals("// end::" + tag + "[]") && start >= 0) {
        return lines.subList(start, i).stream()
            .filter(text -> !MARKER.matcher(text).matches())
            .toList();
      }
    }
    return null;
  }

  /** Without common indentation, trailing spaces and leading or trailing blank lines. */
  static List<String> normalize(List<String> lines) {
    List<String> trimmed = lines.stream().map(String::stripTrailing).toList();
    int indent =
        trimmed.stream()
            .filter(line -> !line.isEmpty())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    List<String> result =
        new ArrayList<>(
            trimmed.stream().map(line -> line.isEmpty() ? line : line.substring(indent)).toList());
    while (!result.isEmpty() && result.get(0).isEmpty()) {
      result.remove(0);
    }
    while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
      result.remove(result.size() - 1);
    }
    return result;
  }

  private static int firstDifference(List<String> a, List<String> b) {
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    return i;
  }

  private static String previousNonBlank(List<String> lines, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return lines.get(i);
      }
    }
    return "";
  }
}
