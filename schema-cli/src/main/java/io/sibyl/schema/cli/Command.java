package io.sibyl.schema.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The commands of the tool. */
public enum Command {
  /** Prints the plan, migrations, instances and the model's fingerprint; changes nothing. */
  PLAN,
  /** Expands the schema (creates what the model needs; never drops). */
  APPLY,
  /** Checks that the schema has what the model needs and every migration is applied. */
  VALIDATE,
  /** Applies the pending versioned migrations. */
  MIGRATE,
  /**
   * Drops what the model no longer maps, unless an instance still running an older model maps it.
   */
  CONTRACT,
  /** Marks an unfinished (or changed) migration as repaired. */
  REPAIR;

  /** The command's name on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The names of every command, comma separated, for messages. */
  static String names() {
    return Arrays.stream(values()).map(Command::cliName).collect(Collectors.joining(", "));
  }

  /**
   * The command of a name.
   *
   * @throws UsageException if no command has that name
   */
  static Command of(String name) {
    for (Command command : values()) {
      if (command.cliName().equals(name)) {
        return command;
      }
    }
    throw new UsageException("Unknown command '" + name + "': expected one of " + names());
  }
}
