package io.sibyl.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartsTest {

  @Test
  void should_draw_two_bars_per_path_scaled_to_the_largest_value() throws Exception {
    String svg =
        SvgCharts.bars(
            "Bytes <per> request",
            "B",
            List.of(new SvgCharts.Bar("a", 500, 1_000), new SvgCharts.Bar("b", 250, 2_000)));

    Document document = parse(svg);
    // Two legend swatches, the background, then two bars per path.
    assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(1 + 2 + 4);
    assertThat(svg).contains("Bytes &lt;per&gt; request").contains(">2,000 B<").contains(">250 B<");
    assertThat(width(svg, SvgCharts.REFERENCE, 1))
        .isEqualTo(2 * width(svg, SvgCharts.REFERENCE, 0));
  }

  @Test
  void should_draw_one_latency_curve_per_driver() throws Exception {
    Histogram sibyl = new Histogram(3);
    Histogram reference = new Histogram(3);
    for (int i = 1; i <= 1_000; i++) {
      sibyl.recordValue(i * 1_000L);
      reference.recordValue(i * 2_000L);
    }

    String svg = SvgCharts.percentiles("latency", sibyl, reference);

    assertThat(parse(svg).getElementsByTagName("polyline").getLength()).isEqualTo(2);
    assertThat(svg).contains(SvgCharts.SIBYL).contains(SvgCharts.REFERENCE).contains("99.9 %");
  }

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** The width of the n-th bar of a colour. */
  private static double width(String svg, String colour, int n) {
    String[] parts = svg.split("fill='" + colour + "'");
    // parts[0] ends with the legend swatch; the bars follow.
    String before = parts[n + 1];
    int end = before.lastIndexOf("' height='14'");
    int start = before.lastIndexOf("width='", end) + "width='".length();
    return Double.parseDouble(before.substring(start, end));
  }
}
