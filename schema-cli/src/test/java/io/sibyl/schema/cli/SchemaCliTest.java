package io.sibyl.schema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SchemaCli.run(
        args,
        Map.of(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void should_print_usage_and_exit_0_for_help() {
    assertThat(run("--help")).isEqualTo(SchemaCli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Usage: sibyl-schema <command> [options]")
        .contains("repair <version>")
        .contains("Exit codes: 0 ok, 1 changes pending or validation failed, 2 usage error");
  }

  @Test
  void should_print_one_line_and_exit_2_for_usage_error() {
    assertThat(run("plan")).isEqualTo(SchemaCli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "error: Missing required option --contact-points"
                + System.lineSeparator()
                + "Run with --help for usage."
                + System.lineSeparator());
    assertThat(out.size()).isZero();
  }

  @Test
  void should_exit_2_when_classpath_entry_missing() {
    int code = run("plan", "--classpath", "/no/such/dir", "--contact-points", "127.0.0.1:1");
    assertThat(code).isEqualTo(SchemaCli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("error: Class path entry /no/such/dir does not exist" + System.lineSeparator());
  }

  @Test
  void should_exit_2_when_entity_not_on_classpath() {
    int code =
        run(
            "plan",
            "--classpath",
            "target",
            "--contact-points",
            "127.0.0.1:1",
            "--entities",
            "com.example.Missing");
    assertThat(code).isEqualTo(SchemaCli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "error: Entity class com.example.Missing is not on --classpath"
                + System.lineSeparator());
  }

  @Test
  void should_exit_3_with_one_line_and_no_password_when_cluster_unreachable() {
    int code =
        run(
            "validate",
            "--classpath",
            "target",
            "--contact-points",
            "127.0.0.1:1",
            "--username",
            "ops",
            "--password",
            "s3cret");
    assertThat(code).isEqualTo(SchemaCli.FAILURE);
    String printed = err.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("error: ").doesNotContain("s3cret").doesNotContain("\tat ");
    assertThat(printed.strip().lines()).hasSize(1);
  }
}
