package io.sibyl.schema.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliOptionsTest {

  private static final String[] REQUIRED = {
    "--classpath", "target/classes", "--contact-points", "h:9042"
  };

  private static CliOptions parse(String... args) {
    return CliOptions.parse(args, Map.of());
  }

  private static String[] with(String... args) {
    String[] all = new String[args.length + REQUIRED.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(REQUIRED, 0, all, args.length, REQUIRED.length);
    return all;
  }

  private static void assertUsage(String message, String... args) {
    assertThatThrownBy(() -> parse(args)).isInstanceOf(UsageException.class).hasMessage(message);
  }

  @Test
  void should_parse_every_option_in_both_forms() {
    CliOptions options =
        parse(
            "plan",
            "--classpath=a" + File.pathSeparator + "b",
            "--contact-points",
            "n1:9042, n2",
            "--local-dc",
            "dc1",
            "--keyspace=shop",
            "--create-keyspace",
            "{'class': 'SimpleStrategy', 'replication_factor': 1}",
            "--app-version",
            "1.4.2",
            "--entities",
            "a.B,c.D",
            "--migrations",
            "db/other",
            "--exit-code",
            "--verbose");
    assertThat(options.command()).isEqualTo(Command.PLAN);
    assertThat(options.classpath()).containsExactly("a", "b");
    assertThat(options.contactPoints()).containsExactly("n1:9042", "n2");
    assertThat(options.localDc()).isEqualTo("dc1");
    assertThat(options.keyspace()).isEqualTo("shop");
    assertThat(options.createKeyspace())
        .isEqualTo("{'class': 'SimpleStrategy', 'replication_factor': 1}");
    assertThat(options.appVersion()).isEqualTo("1.4.2");
    assertThat(options.entities()).containsExactly("a.B", "c.D");
    assertThat(options.migrations()).isEqualTo("db/other");
    assertThat(options.exitCode()).isTrue();
    assertThat(options.verbose()).isTrue();
    assertThat(options.username()).isNull();
  }

  @Test
  void should_parse_repair_version() {
    CliOptions options = parse(with("repair", "1.2", "--keyspace", "ks"));
    assertThat(options.command()).isEqualTo(Command.REPAIR);
    assertThat(options.repairVersion()).isEqualTo("1.2");
  }

  @Test
  void should_read_credentials_from_environment_when_options_absent() {
    CliOptions options =
        CliOptions.parse(
            with("apply"),
            Map.of(CliOptions.USERNAME_ENV, "ops", CliOptions.PASSWORD_ENV, "s3cret"));
    assertThat(options.username()).isEqualTo("ops");
    assertThat(options.password()).isEqualTo("s3cret");
    assertThat(options.toString()).doesNotContain("s3cret");
  }

  @Test
  void should_prefer_options_over_environment() {
    CliOptions options =
        CliOptions.parse(
            with("apply", "--username", "me", "--password", "pw"),
            Map.of(CliOptions.USERNAME_ENV, "ops", CliOptions.PASSWORD_ENV, "s3cret"));
    assertThat(options.username()).isEqualTo("me");
    assertThat(options.password()).isEqualTo("pw");
  }

  @Test
  void should_fail_when_command_missing() {
    assertUsage(
        "Missing command: expected one of plan, apply, validate, migrate, contract, repair",
        REQUIRED);
  }

  @Test
  void should_fail_when_command_unknown() {
    assertUsage(
        "Unknown command 'drop': expected one of plan, apply, validate, migrate, contract, repair",
        with("drop"));
  }

  @Test
  void should_fail_when_option_unknown() {
    assertUsage("Unknown option '--force'", with("apply", "--force"));
  }

  @Test
  void should_fail_when_option_value_missing() {
    assertUsage("Option --keyspace needs a value", with("apply", "--keyspace"));
    assertUsage("Option --keyspace needs a value", with("apply", "--keyspace="));
  }

  @Test
  void should_fail_when_option_given_twice() {
    assertUsage("Option --keyspace is given twice", with("apply", "--keyspace=a", "--keyspace=b"));
  }

  @Test
  void should_fail_when_flag_given_a_value() {
    assertUsage("Option --verbose takes no value", with("apply", "--verbose=yes"));
  }

  @Test
  void should_fail_when_required_option_missing() {
    assertUsage("Missing required option --contact-points", "plan", "--classpath", "x");
    assertUsage("Missing required option --classpath", "plan", "--contact-points", "h");
  }

  @Test
  void should_fail_when_repair_has_no_version() {
    assertUsage(
        "Command repair needs the migration version, such as: repair 2",
        with("repair", "--keyspace", "ks"));
  }

  @Test
  void should_fail_when_extra_argument_given() {
    assertUsage("Unexpected argument 'now'", with("apply", "now"));
    assertUsage("Unexpected argument 'x'", with("repair", "2", "x", "--keyspace", "ks"));
  }

  @Test
  void should_fail_when_exit_code_given_to_other_command() {
    assertUsage(
        "Option --exit-code applies to the plan command only", with("apply", "--exit-code"));
  }

  @Test
  void should_fail_when_migrations_given_to_apply() {
    assertUsage(
        "Option --migrations applies to the plan, validate, migrate and repair commands only",
        with("apply", "--migrations", "db/x"));
  }

  @Test
  void should_fail_when_migrate_has_no_keyspace() {
    assertUsage(
        "Command migrate needs --keyspace (where the migration history is)", with("migrate"));
  }

  @Test
  void should_fail_when_user_has_no_password() {
    assertUsage(
        "A user name needs a password: --password or the SIBYL_PASSWORD variable",
        with("apply", "--username", "ops"));
    assertThatThrownBy(
            () -> CliOptions.parse(with("apply"), Map.of(CliOptions.PASSWORD_ENV, "s3cret")))
        .hasMessage("A password needs a user name: --username or the SIBYL_USERNAME variable");
  }
}
