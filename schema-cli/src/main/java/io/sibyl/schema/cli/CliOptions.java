package io.sibyl.schema.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line.
 *
 * @param command what to run
 * @param repairVersion the version to repair, for {@link Command#REPAIR}; else null
 * @param classpath the class path entries that hold the compiled entities (and migrations)
 * @param contactPoints the nodes to connect to, each {@code host} or {@code host:port}
 * @param localDc the local data center, or null
 * @param keyspace the mapper's keyspace (of entities that name none, and of migration history), or
 *     null
 * @param username the user name, or null
 * @param password the password, or null; never printed
 * @param createKeyspace the replication map to create missing keyspaces with, or null
 * @param appVersion the application version recorded with the model, or null
 * @param entities the class names to restrict schema management to; empty for every one found
 * @param migrations the class path location of versioned migrations, or null for the default
 * @param exitCode whether {@code plan} exits with 1 when changes are pending
 * @param verbose whether to print stack traces and the driver's logs
 */
public record CliOptions(
    Command command,
    String repairVersion,
    List<String> classpath,
    List<String> contactPoints,
    String localDc,
    String keyspace,
    String username,
    String password,
    String createKeyspace,
    String appVersion,
    List<String> entities,
    String migrations,
    boolean exitCode,
    boolean verbose) {

  /** The environment variable read when {@code --username} is absent. */
  public static final String USERNAME_ENV = "SIBYL_USERNAME";

  /** The environment variable read when {@code --password} is absent. */
  public static final String PASSWORD_ENV = "SIBYL_PASSWORD";

  private static final Set<String> VALUED =
      Set.of(
          "--classpath",
          "--contact-points",
          "--local-dc",
          "--keyspace",
          "--username",
          "--password",
          "--create-keyspace",
          "--app-version",
          "--entities",
          "--migrations");

  private static final Set<String> FLAGS = Set.of("--exit-code", "--verbose");

  /** Copies the lists. */
  public CliOptions {
    classpath = List.copyOf(classpath);
    contactPoints = List.copyOf(contactPoints);
    entities = List.copyOf(entities);
  }

  /** Hides the password. */
  @Override
  public String toString() {
    return "CliOptions[command="
        + command
        + ", contactPoints="
        + contactPoints
        + ", keyspace="
        + keyspace
        + ", username="
        + username
        + ", password="
        + (password == null ? "null" : "***")
        + "]";
  }

  /**
   * Parses a command line: a command, its argument ({@code repair <version>}) and options, each
   * {@code --name value} or {@code --name=value}, in any order.
   *
   * @param args the arguments
   * @param env the environment, for {@value #USERNAME_ENV} and {@value #PASSWORD_ENV}
   * @throws UsageException with a one-line message if the command line is malformed
   */
  public static CliOptions parse(String[] args, Map<String, String> env) {
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new java.util.HashSet<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        positional.add(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (FLAGS.contains(name)) {
        if (eq >= 0) {
          throw new UsageException("Option " + name + " takes no value");
        }
        flags.add(name);
        continue;
      }
      if (!VALUED.contains(name)) {
        throw new UsageException("Unknown option '" + name + "'");
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        value = args[++i];
      } else {
        throw new UsageException("Option " + name + " needs a value");
      }
      if (value.isBlank()) {
        throw new UsageException("Option " + name + " needs a value");
      }
      if (values.put(name, value) != null) {
        throw new UsageException("Option " + name + " is given twice");
      }
    }
    if (positional.isEmpty()) {
      throw new UsageException("Missing command: expected one of " + Command.names());
    }
    Command command = Command.of(positional.get(0));
    String repairVersion = null;
    int expected = 1;
    if (command == Command.REPAIR) {
      if (positional.size() < 2) {
        throw new UsageException("Command repair needs the migration version, such as: repair 2");
      }
      repairVersion = positional.get(1);
      expected = 2;
    }
    if (positional.size() > expected) {
      throw new UsageException("Unexpected argument '" + positional.get(expected) + "'");
    }
    require(values, "--contact-points");
    require(values, "--classpath");
    if (flags.contains("--exit-code") && command != Command.PLAN) {
      throw new UsageException("Option --exit-code applies to the plan command only");
    }
    if (values.containsKey("--migrations")
        && command != Command.MIGRATE
        && command != Command.REPAIR
        && command != Command.PLAN
        && command != Command.VALIDATE) {
      throw new UsageException(
          "Option --migrations applies to the plan, validate, migrate and repair commands only");
    }
    if ((command == Command.MIGRATE || command == Command.REPAIR)
        && !values.containsKey("--keyspace")) {
      throw new UsageException(
          "Command " + command.cliName() + " needs --keyspace (where the migration history is)");
    }
    String username = values.getOrDefault("--username", env.get(USERNAME_ENV));
    String password = values.getOrDefault("--password", env.get(PASSWORD_ENV));
    if (username != null && password == null) {
      throw new UsageException(
          "A user name needs a password: --password or the " + PASSWORD_ENV + " variable");
    }
    if (username == null && password != null) {
      throw new UsageException(
          "A password needs a user name: --username or the " + USERNAME_ENV + " variable");
    }
    return new CliOptions(
        command,
        repairVersion,
        split(values.get("--classpath"), java.io.File.pathSeparator),
        split(values.get("--contact-points"), ","),
        values.get("--local-dc"),
        values.get("--keyspace"),
        username,
        password,
        values.get("--create-keyspace"),
        values.get("--app-version"),
        values.containsKey("--entities") ? split(values.get("--entities"), ",") : List.of(),
        values.get("--migrations"),
        flags.contains("--exit-code"),
        flags.contains("--verbose"));
  }

  private static void require(Map<String, String> values, String name) {
    if (!values.containsKey(name)) {
      throw new UsageException("Missing required option " + name);
    }
  }

  private static List<String> split(String value, String separator) {
    List<String> parts = new ArrayList<>();
    for (String part : value.split(java.util.regex.Pattern.quote(separator))) {
      if (!part.isBlank()) {
        parts.add(part.trim());
      }
    }
    return parts;
  }

  /** The usage text printed by {@code --help}. */
  public static String usage() {
    return """
        Usage: sibyl-schema <command> [options]

        Commands:
          plan [--exit-code]   print the CQL script, safe, unsafe and contract changes, pending
                               migrations, live instances and the model's fingerprint
          apply                create what the model needs (never drops)
          validate             exit 1 unless the schema has what the model needs
          migrate              apply the pending versioned migrations
          contract             drop what the model no longer maps (refused while an older
                               model still runs)
          repair <version>     mark an unfinished or changed migration as repaired

        Options:
          --classpath <paths>         compiled entities (and migrations), separated by '%s' (required)
          --contact-points <h:p,...>  nodes to connect to (required)
          --local-dc <name>           the local data center
          --keyspace <name>           the mapper's keyspace (required by migrate and repair)
          --username <name>           or the SIBYL_USERNAME variable
          --password <secret>         or the SIBYL_PASSWORD variable (never printed)
          --create-keyspace <repl>    create missing keyspaces with this replication map
          --app-version <version>     recorded with the model's fingerprint
          --entities <class,...>      manage only these @Table/@Udt classes
          --migrations <location>     class path folder of migrations (default db/migration)
          --exit-code                 plan: exit 1 when changes or migrations are pending
          --verbose                   print driver logs and stack traces

        Exit codes: 0 ok, 1 changes pending or validation failed, 2 usage error, 3 failure
        """
        .formatted(java.io.File.pathSeparator);
  }
}
