package io.sibyl.mapper.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated code stays readable: no line of any golden is over 120 characters, except a line that
 * holds nothing but one string literal (CQL text, which cannot be split without changing it).
 */
class GoldenLineLengthTest {

  private static final int LIMIT = 120;
  private static final Path CASES = Path.of("src", "test", "resources", "cases");

  /** One string literal, perhaps after {@code +} and before {@code +}, {@code ,} or {@code );}. */
  private static final Pattern LONE_LITERAL =
      Pattern.compile("\\s*(\\+\\s*)?\"(?:[^\"\\\\]|\\\\.)*\"\\s*(\\+|,|\\)*;?)\\s*");

  @Test
  void should_keep_generated_lines_within_120_characters() throws IOException {
    List<String> tooLong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CASES)) {
      for (Path file :
          files.filter(p -> p.toString().endsWith(".java") && isExpected(p)).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.length() > LIMIT && !LONE_LITERAL.matcher(line).matches()) {
            tooLong.add(CASES.relativize(file) + ":" + (i + 1) + ": " + line.strip());
          }
        }
      }
    }

    assertThat(tooLong).as("golden lines over %d characters", LIMIT).isEmpty();
  }

  @Test
  void should_recognize_only_lone_literals_as_exceptions() {
    assertThat(LONE_LITERAL.matcher("        + \" WHERE a = ?\",").matches()).isTrue();
    assertThat(LONE_LITERAL.matcher("    \"SELECT a FROM \"").matches()).isTrue();
    assertThat(LONE_LITERAL.matcher("    x(\"SELECT a FROM \")").matches()).isFalse();
    assertThat(LONE_LITERAL.matcher("    \"a\" + b + \"c\"").matches()).isFalse();
  }

  private static boolean isExpected(Path file) {
    for (Path part : CASES.relativize(file)) {
      if (part.toString().equals("expected")) {
        return true;
      }
    }
    return false;
  }
}
