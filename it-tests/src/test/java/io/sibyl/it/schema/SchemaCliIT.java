package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.metadata.TableMetadata;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.SchemaMode;
import io.sibyl.schema.cli.SchemaCli;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code sibyl-schema} tool run as a separate JVM, as a deployment pipeline would, over
 * it-tests' compiled entities restricted to {@link TrimmedNote} and {@link ConflictKey}.
 */
@Timeout(240)
class SchemaCliIT extends SessionITBase {

  private static final String ENTITIES =
      TrimmedNote.class.getName() + "," + ConflictKey.class.getName();

  /** What a run printed and its exit code. */
  private record Result(int exitCode, String out) {}

  @BeforeEach
  void dropTables() {
    session.execute("DROP TABLE IF EXISTS trimmed_note");
    session.execute("DROP TABLE IF EXISTS conflict_key");
    session.execute("DROP TABLE IF EXISTS deploy_item");
    session.execute("DROP TABLE IF EXISTS ledger");
    session.execute("DROP TABLE IF EXISTS sibyl_schema_history");
  }

  private static Result cli(String... commandAndOptions) throws Exception {
    return cliOver(ENTITIES, commandAndOptions);
  }

  private static Result cliOver(String entities, String... commandAndOptions) throws Exception {
    InetSocketAddress node = cluster.contactPoints().get(0);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                SchemaCli.class.getName()));
    command.addAll(List.of(commandAndOptions));
    command.addAll(
        List.of(
            "--classpath",
            testClasses(),
            "--contact-points",
            node.getHostString() + ":" + node.getPort(),
            "--local-dc",
            cluster.localDatacenter(),
            "--keyspace",
            keyspace,
            "--entities",
            entities));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (cluster.username() != null) {
      builder.environment().put("SIBYL_USERNAME", cluster.username());
      builder.environment().put("SIBYL_PASSWORD", cluster.password());
    }
    Process process = builder.start();
    byte[] output;
    try {
      output = process.getInputStream().readAllBytes();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the tool exits").isTrue();
    } finally {
      process.destroyForcibly();
    }
    String printed = new String(output, StandardCharsets.UTF_8);
    if (cluster.password() != null) {
      assertThat(printed).doesNotContain(cluster.password());
    }
    return new Result(process.exitValue(), printed);
  }

  private static String testClasses() throws URISyntaxException {
    return Path.of(TrimmedNote.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }

  private static Optional<TableMetadata> table(String name) {
    session.refreshSchema();
    return session.metadata().keyspace(keyspace).orElseThrow().table(name);
  }

  @Test
  void should_plan_apply_and_validate_the_restricted_entities() throws Exception {
    Result before = cli("validate");
    assertThat(before.exitCode()).as(before.out()).isEqualTo(SchemaCli.PENDING);
    assertThat(before.out()).contains("Schema is not valid: ");

    Result plan = cli("plan", "--exit-code");
    assertThat(plan.exitCode()).as(plan.out()).isEqualTo(SchemaCli.PENDING);
    assertThat(plan.out())
        .contains("Model fingerprint: ")
        .contains("Safe changes (apply):")
        .contains("CREATE TABLE IF NOT EXISTS " + keyspace + ".trimmed_note")
        .contains("CREATE TABLE IF NOT EXISTS " + keyspace + ".conflict_key")
        .contains("Pending migrations: none")
        .doesNotContain("sasi_entry");
    assertThat(table("trimmed_note")).as("plan changes nothing").isEmpty();

    Result apply = cli("apply", "--app-version", "7.1");
    assertThat(apply.exitCode()).as(apply.out()).isEqualTo(SchemaCli.OK);
    assertThat(apply.out())
        .contains("Applied CREATE_TABLE " + keyspace + ".trimmed_note")
        .containsPattern("Applied 2 change\\(s\\) in \\d+ ms\\.")
        .containsPattern("Applied schema change CREATE_TABLE \\S+ in \\d+ ms");
    assertThat(table("trimmed_note")).isPresent();
    assertThat(table("conflict_key")).isPresent();
    assertThat(table("sasi_entry")).as("restricted to --entities").isEmpty();

    Result after = cli("validate");
    assertThat(after.exitCode()).as(after.out()).isEqualTo(SchemaCli.OK);
    assertThat(after.out()).contains("Schema is valid");

    Result clean = cli("plan", "--exit-code");
    assertThat(clean.exitCode()).as(clean.out()).isEqualTo(SchemaCli.OK);
    assertThat(clean.out()).contains("Schema is up to date.");
  }

  @Test
  void should_contract_a_column_the_model_no_longer_maps() throws Exception {
    assertThat(cli("apply").exitCode()).isEqualTo(SchemaCli.OK);
    session.execute("ALTER TABLE trimmed_note ADD legacy text");

    Result plan = cli("plan");
    assertThat(plan.exitCode()).as(plan.out()).isEqualTo(SchemaCli.OK);
    assertThat(plan.out())
        .contains("Contract changes (contract, once no older model runs):")
        .contains(keyspace + ".trimmed_note.legacy");
    assertThat(cli("validate").exitCode()).as("a contraction is not a difference").isZero();

    Result contract = cli("contract");
    assertThat(contract.exitCode()).as(contract.out()).isEqualTo(SchemaCli.OK);
    assertThat(contract.out()).contains("Applied DROP_COLUMN " + keyspace + ".trimmed_note.legacy");
    assertThat(table("trimmed_note").orElseThrow().column("legacy")).isEmpty();

    Result again = cli("contract");
    assertThat(again.exitCode()).as(again.out()).isEqualTo(SchemaCli.OK);
    assertThat(again.out()).contains("Nothing to change");
  }

  @Test
  void should_refuse_to_contract_while_an_older_model_runs_and_contract_after() throws Exception {
    String v2 = DeployItemV2.class.getName();
    Mapper v1 =
        Mapper.builder(session)
            .schemaEntities(DeployItemV1.class)
            .schemaMode(SchemaMode.APPLY_SAFE)
            .appVersion("1.0")
            .build();
    try {
      assertThat(cliOver(v2, "apply", "--app-version", "2.0").exitCode()).isZero();

      Result plan = cliOver(v2, "plan");
      assertThat(plan.out())
          .contains("Live instances:")
          .contains("app version 1.0")
          .contains("DROP_COLUMN " + keyspace + ".deploy_item.legacy");

      Result refused = cliOver(v2, "contract");
      assertThat(refused.exitCode()).as(refused.out()).isEqualTo(SchemaCli.FAILURE);
      assertThat(refused.out())
          .contains("Contract refused: ")
          .contains("app version 1.0")
          .doesNotContain("\tat ");
      assertThat(table("deploy_item").orElseThrow().column("legacy")).isPresent();
    } finally {
      v1.close();
    }

    Result contract = cliOver(v2, "contract");
    assertThat(contract.exitCode()).as(contract.out()).isEqualTo(SchemaCli.OK);
    assertThat(contract.out()).contains("Applied DROP_COLUMN " + keyspace + ".deploy_item.legacy");
    assertThat(table("deploy_item").orElseThrow().column("legacy")).isEmpty();
  }

  @Test
  void should_migrate_stop_at_a_failed_migration_and_go_on_after_repair() throws Exception {
    String folder = "io/sibyl/it/schema/broken";
    Result plan = cli("plan", "--exit-code", "--migrations", folder);
    assertThat(plan.out())
        .contains("Pending migrations:")
        .contains(folder + "/V1__create_ledger.cql")
        .contains(folder + "/V3__after.cql");

    Result failed = cli("migrate", "--migrations", folder);
    assertThat(failed.exitCode()).as(failed.out()).isEqualTo(SchemaCli.FAILURE);
    assertThat(failed.out()).contains("error: ").doesNotContain("\tat ");
    assertThat(table("ledger")).as(failed.out()).isPresent();
    assertThat(table("ledger").orElseThrow().column("note")).as(failed.out()).isPresent();

    Result invalid = cli("validate", "--migrations", folder);
    assertThat(invalid.exitCode()).as(invalid.out()).isEqualTo(SchemaCli.PENDING);
    assertThat(invalid.out()).contains("Schema is not valid: ");

    Result refused = cli("migrate", "--migrations", folder);
    assertThat(refused.exitCode()).as(refused.out()).isEqualTo(SchemaCli.FAILURE);
    assertThat(table("ledger").orElseThrow().column("currency")).isEmpty();

    Result repair = cli("repair", "2", "--migrations", folder);
    assertThat(repair.exitCode()).as(repair.out()).isEqualTo(SchemaCli.OK);
    assertThat(repair.out()).contains("Repaired migration 2.");

    Result migrate = cli("migrate", "--migrations", folder);
    assertThat(migrate.exitCode()).as(migrate.out()).isEqualTo(SchemaCli.OK);
    assertThat(migrate.out())
        .contains("Applied migration 3 " + folder + "/V3__after.cql")
        .containsPattern("Applied 1 migration\\(s\\) in \\d+ ms\\.");
    assertThat(table("ledger").orElseThrow().column("currency")).isPresent();
  }

  @Test
  void should_exit_3_with_one_line_when_contact_point_unreachable() throws IOException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SchemaCli.class.getName(),
                "validate",
                "--classpath",
                ".",
                "--contact-points",
                "127.0.0.1:1")
            .redirectErrorStream(true)
            .start();
    try {
      String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(printed).isEqualTo(SchemaCli.FAILURE);
      // the last line is the tool's; the driver's warnings may come before it
      List<String> lines = printed.strip().lines().toList();
      assertThat(lines.get(lines.size() - 1)).as(printed).startsWith("error: ");
      assertThat(printed).doesNotContain("\tat ");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } finally {
      process.destroyForcibly();
    }
  }
}
