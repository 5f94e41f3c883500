package io.sibyl.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects {@link Comparison}s and writes them as Markdown (one table per section: a row per
 * scenario, a column per metric, each cell {@code sibyl / reference (ratio)}) and as CSV (one line
 * per comparison).
 */
public final class Report {
  private final List<Comparison> comparisons = new ArrayList<>();
  private final Map<String, String> sectionNotes = new LinkedHashMap<>();

  /** Adds a comparison. */
  public void add(Comparison comparison) {
    comparisons.add(comparison);
  }

  /** Adds a line printed under a section's table. */
  public void note(String section, String text) {
    sectionNotes.merge(section, text, (a, b) -> a + "\n" + b);
  }

  /** Everything added so far. */
  public List<Comparison> comparisons() {
    return List.copyOf(comparisons);
  }

  /** The Markdown document: {@code header}, then the tables. */
  public String markdown(String header) {
    StringBuilder out = new StringBuilder(header);
    for (String section : sections()) {
      List<Comparison> rows = inSection(section);
      Set<String> metrics = new LinkedHashSet<>();
      Set<String> scenarios = new LinkedHashSet<>();
      for (Comparison row : rows) {
        metrics.add(row.metric() + " (" + row.unit() + ")");
        scenarios.add(row.scenario());
      }
      out.append("\n### ").append(section).append("\n\n| scenario |");
      metrics.forEach(metric -> out.append(' ').append(metric).append(" |"));
      out.append("\n| --- |");
      metrics.forEach(metric -> out.append(" ---: |"));
      out.append('\n');
      for (String scenario : scenarios) {
        out.append("| ").append(scenario).append(" |");
        for (String metric : metrics) {
          Comparison cell = find(rows, scenario, metric);
          out.append(' ').append(cell == null ? "" : cell(cell)).append(" |");
        }
        out.append('\n');
      }
      String notes = sectionNotes.get(section);
      if (notes != null) {
        out.append('\n').append(notes).append('\n');
      }
    }
    return out.toString();
  }

  /** The CSV document. */
  public String csv() {
    StringBuilder out =
        new StringBuilder(
            "section,scenario,metric,unit,sibyl,reference,ratio_sibyl_over_reference,"
                + "higher_is_better\n");
    for (Comparison row : comparisons) {
      out.append(quoted(row.section()))
          .append(',')
          .append(quoted(row.scenario()))
          .append(',')
          .append(quoted(row.metric()))
          .append(',')
          .append(quoted(row.unit()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", row.sibyl()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", row.reference()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", row.ratio()))
          .append(',')
          .append(row.higherIsBetter())
          .append('\n');
    }
    return out.toString();
  }

  /** Writes {@code name}.md and {@code name}.csv into {@code directory}. */
  public List<Path> write(Path directory, String name, String header) {
    try {
      Files.createDirectories(directory);
      Path markdown = directory.resolve(name + ".md");
      Path csv = directory.resolve(name + ".csv");
      Files.writeString(markdown, markdown(header), StandardCharsets.UTF_8);
      Files.writeString(csv, csv(), StandardCharsets.UTF_8);
      return List.of(markdown, csv);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the results to " + directory, e);
    }
  }

  private List<String> sections() {
    Set<String> sections = new LinkedHashSet<>();
    comparisons.forEach(row -> sections.add(row.section()));
    return new ArrayList<>(sections);
  }

  private List<Comparison> inSection(String section) {
    return comparisons.stream().filter(row -> row.section().equals(section)).toList();
  }

  private static Comparison find(List<Comparison> rows, String scenario, String metric) {
    for (Comparison row : rows) {
      if (row.scenario().equals(scenario)
          && (row.metric() + " (" + row.unit() + ")").equals(metric)) {
        return row;
      }
    }
    return null;
  }

  private static String cell(Comparison row) {
    return number(row.sibyl())
        + " / "
        + number(row.reference())
        + " ("
        + String.format(Locale.ROOT, "%.2f", row.ratio())
        + ")";
  }

  /** Formats a value with precision that suits its size: 1,234,567 / 1,235 / 12.3 / 1.23. */
  static String number(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String quoted(String text) {
    return text.contains(",") || text.contains("\"")
        ? '"' + text.replace("\"", "\"\"") + '"'
        : text;
  }
}
