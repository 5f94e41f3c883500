package io.sibyl.schema.cli;

import io.sibyl.mapper.schema.SchemaContractRefusedException;
import io.sibyl.mapper.schema.SchemaMismatchException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/**
 * The {@code sibyl-schema} command line tool. Exit codes: {@value #OK} ok, {@value #PENDING}
 * changes pending or validation failed, {@value #USAGE} usage error, {@value #FAILURE} failure.
 * Errors print one line, with the stack trace only under {@code --verbose}.
 */
public final class SchemaCli {

  /** Success. */
  public static final int OK = 0;

  /**
   * Changes are pending ({@code plan --exit-code}) or the schema is not valid ({@code validate}).
   */
  public static final int PENDING = 1;

  /** The command line is malformed. */
  public static final int USAGE = 2;

  /** The command failed (connection, refused contract, failed statement...). */
  public static final int FAILURE = 3;

  private SchemaCli() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    configureLogging(verbose);
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   * @param env the environment (credentials)
   * @param out where results go
   * @param err where errors go
   * @return the exit code
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.print(CliOptions.usage());
      return OK;
    }
    CliOptions options;
    try {
      options = CliOptions.parse(args, env);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("Run with --help for usage.");
      return USAGE;
    }
    try {
      return new CommandRunner(options, out).run();
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      return USAGE;
    } catch (SchemaMismatchException e) {
      // validate's answer, not a failure of the tool
      err.println("Schema is not valid: " + oneLine(e.getMessage()));
      return PENDING;
    } catch (SchemaContractRefusedException e) {
      err.println("Contract refused: " + oneLine(e.getMessage()));
      printTrace(options, e, err);
      return FAILURE;
    } catch (RuntimeException e) {
      err.println("error: " + oneLine(String.valueOf(e.getMessage())));
      printTrace(options, e, err);
      return FAILURE;
    }
  }

  private static void printTrace(CliOptions options, Throwable e, PrintStream err) {
    if (options.verbose()) {
      e.printStackTrace(err);
    }
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*\\R\\s*", "; ");
  }

  /** slf4j-simple: the schema manager's progress lines only, unless verbose. */
  private static void configureLogging(boolean verbose) {
    setDefault("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    setDefault("org.slf4j.simpleLogger.log.io.sibyl.mapper.schema", "info");
    setDefault("org.slf4j.simpleLogger.showThreadName", "false");
    setDefault("org.slf4j.simpleLogger.showLogName", "false");
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
