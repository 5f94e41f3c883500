package io.sibyl.bench.compare;

import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Two small SVG charts, written as text with no charting library: horizontal bars comparing one
 * metric of the two drivers per path, and latency percentile curves of the two drivers for one
 * path.
 */
public final class SvgCharts {
  /** Sibyl's colour. */
  static final String SIBYL = "#1f77b4";

  /** The reference driver's colour. */
  static final String REFERENCE = "#ff7f0e";

  private static final int WIDTH = 960;
  private static final int LABEL_WIDTH = 270;
  private static final int ROW = 40;
  private static final int TOP = 50;

  /** The percentiles drawn on a latency curve. */
  private static final double[] PERCENTILES = {
    0, 10, 25, 50, 75, 90, 95, 98, 99, 99.5, 99.8, 99.9, 99.95, 99.98, 99.99
  };

  private SvgCharts() {}

  /** One row of a bar chart: a path's label and both drivers' values. */
  public record Bar(String label, double sibyl, double reference) {}

  /**
   * Horizontal bars, two per row (Sibyl above, the reference driver below), each labelled with its
   * value.
   *
   * @param title the chart's title
   * @param unit the values' unit, shown after each value
   */
  public static String bars(String title, String unit, List<Bar> rows) {
    double max = 0;
    for (Bar row : rows) {
      max = Math.max(max, Math.max(row.sibyl(), row.reference()));
    }
    double scale = max <= 0 ? 0 : (WIDTH - LABEL_WIDTH - 120) / max;
    int height = TOP + rows.size() * ROW + 30;
    StringBuilder svg = header(WIDTH, height, title);
    legend(svg, WIDTH - 260, 18);
    for (int i = 0; i < rows.size(); i++) {
      Bar row = rows.get(i);
      int y = TOP + i * ROW;
      text(svg, LABEL_WIDTH - 8, y + 20, "end", 12, row.label());
      bar(svg, y + 4, row.sibyl() * scale, SIBYL, format(row.sibyl()) + " " + unit);
      bar(svg, y + 20, row.reference() * scale, REFERENCE, format(row.reference()) + " " + unit);
    }
    return svg.append("</svg>\n").toString();
  }

  /**
   * Latency by percentile for both drivers: the x axis spreads the tail (90 %, 99 %, 99.9 %, 99.99
   * % equally apart), the y axis is logarithmic.
   *
   * @param title the chart's title
   * @param sibyl Sibyl's latencies in nanoseconds
   * @param reference the reference driver's latencies in nanoseconds
   */
  public static String percentiles(String title, Histogram sibyl, Histogram reference) {
    int width = 720;
    int height = 420;
    int left = 70;
    int right = width - 30;
    int top = 50;
    int bottom = height - 50;
    double minMicros = Math.max(1, Math.min(micros(sibyl, 0), micros(reference, 0)));
    double maxMicros = Math.max(micros(sibyl, 99.99), micros(reference, 99.99));
    double lowDecade = Math.floor(Math.log10(minMicros));
    double highDecade = Math.max(lowDecade + 1, Math.ceil(Math.log10(maxMicros)));
    StringBuilder svg = header(width, height, title);
    legend(svg, width - 260, 18);
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#999'/>%n",
            left,
            top,
            right - left,
            bottom - top));
    for (double decade = lowDecade; decade <= highDecade; decade++) {
      double y = bottom - (decade - lowDecade) / (highDecade - lowDecade) * (bottom - top);
      line(svg, left, y, right, y, "#ddd");
      text(svg, left - 6, (int) y + 4, "end", 11, format(Math.pow(10, decade)) + " µs");
    }
    for (double percentile : new double[] {0, 90, 99, 99.9, 99.99}) {
      double x = left + tail(percentile) / 4 * (right - left);
      line(svg, x, top, x, bottom, "#ddd");
      text(svg, (int) x, bottom + 18, "middle", 11, format(percentile) + " %");
    }
    text(svg, (left + right) / 2, bottom + 38, "middle", 12, "percentile");
    for (Histogram histogram : new Histogram[] {reference, sibyl}) {
      String colour = histogram == sibyl ? SIBYL : REFERENCE;
      StringBuilder points = new StringBuilder();
      for (double percentile : PERCENTILES) {
        double value = Math.log10(Math.max(minMicros, micros(histogram, percentile)));
        double x = left + tail(percentile) / 4 * (right - left);
        double y = bottom - (value - lowDecade) / (highDecade - lowDecade) * (bottom - top);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<polyline fill='none' stroke='%s' stroke-width='2' points='%s'/>%n",
              colour,
              points.toString().trim()));
    }
    return svg.append("</svg>\n").toString();
  }

  /** 0 for the 0th percentile, 1 for the 90th, 2 for the 99th, 3 for 99.9, 4 for 99.99. */
  private static double tail(double percentile) {
    return Math.min(4, Math.log10(100 / (100 - Math.min(percentile, 99.99))));
  }

  private static double micros(Histogram histogram, double percentile) {
    return histogram.getTotalCount() == 0
        ? 1
        : histogram.getValueAtPercentile(percentile) / 1_000.0;
  }

  private static StringBuilder header(int width, int height, String title) {
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'"
                + " font-family='sans-serif'>%n<rect width='100%%' height='100%%' fill='white'/>%n",
            width,
            height));
    text(svg, 10, 24, "start", 15, title);
    return svg;
  }

  private static void legend(StringBuilder svg, int x, int y) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x='%d' y='%d' width='12' height='12' fill='%s'/>%n",
            x,
            y - 10,
            SIBYL));
    text(svg, x + 16, y, "start", 12, "Sibyl");
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x='%d' y='%d' width='12' height='12' fill='%s'/>%n",
            x + 70,
            y - 10,
            REFERENCE));
    text(svg, x + 86, y, "start", 12, "reference driver");
  }

  private static void bar(StringBuilder svg, int y, double length, String colour, String value) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x='%d' y='%d' width='%.1f' height='14' fill='%s'/>%n",
            LABEL_WIDTH,
            y,
            Math.max(0.5, length),
            colour));
    text(svg, LABEL_WIDTH + (int) length + 6, y + 11, "start", 11, value);
  }

  private static void line(
      StringBuilder svg, double x1, double y1, double x2, double y2, String c) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='%s'/>%n",
            x1,
            y1,
            x2,
            y2,
            c));
  }

  private static void text(StringBuilder svg, int x, int y, String anchor, int size, String text) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x='%d' y='%d' text-anchor='%s' font-size='%d'>%s</text>%n",
            x,
            y,
            anchor,
            size,
            escape(text)));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A value with three significant digits and thousands separators. */
  static String format(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
  }
}
