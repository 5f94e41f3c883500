package io.sibyl.schema.cli;

import io.sibyl.driver.DriverException;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.MapperBuilder;
import io.sibyl.mapper.schema.Migration;
import io.sibyl.mapper.schema.SchemaChange;
import io.sibyl.mapper.schema.SchemaInstance;
import io.sibyl.mapper.schema.SchemaManager;
import io.sibyl.mapper.schema.SchemaMismatchException;
import io.sibyl.mapper.schema.SchemaPlan;
import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one parsed command against a cluster: one session, one mapper, closed at the end. */
final class CommandRunner {

  private final CliOptions options;
  private final PrintStream out;

  CommandRunner(CliOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** Runs the command and returns the exit code; failures are thrown. */
  int run() {
    try (URLClassLoader loader = classLoader()) {
      Class<?>[] entities = entities(loader);
      try (Session session = session()) {
        MapperBuilder builder = Mapper.builder(session).classLoader(loader);
        if (options.keyspace() != null) {
          builder.keyspace(options.keyspace());
        }
        if (options.createKeyspace() != null) {
          builder.createKeyspace(options.createKeyspace());
        }
        if (options.appVersion() != null) {
          builder.appVersion(options.appVersion());
        }
        if (options.migrations() != null) {
          builder.migrations(options.migrations());
        }
        builder.schemaEntities(entities);
        try (Mapper mapper = builder.build()) {
          return execute(mapper.schema());
        }
      }
    } catch (IOException e) {
      throw new DriverException("Could not close the class loader: " + e, e);
    }
  }

  private int execute(SchemaManager schema) {
    return switch (options.command()) {
      case PLAN -> plan(schema);
      case APPLY -> apply(schema);
      case VALIDATE -> validate(schema);
      case MIGRATE -> migrate(schema);
      case CONTRACT -> contract(schema);
      case REPAIR -> repair(schema);
    };
  }

  private int plan(SchemaManager schema) {
    SchemaPlan plan = schema.plan();
    out.println("Model fingerprint: " + schema.fingerprint());
    out.println(plan.report());
    section("Safe changes (apply)", plan.safeChanges());
    section("Unsafe changes (no command applies them)", plan.conflicts());
    section("Contract changes (contract, once no older model runs)", plan.contractions());
    if (!plan.isEmpty()) {
      out.println();
      out.println("CQL script:");
      out.print(plan.cqlScript());
    }
    List<String> pending = pendingMigrations(schema);
    out.println();
    if (pending.isEmpty()) {
      out.println("Pending migrations: none");
    } else {
      out.println("Pending migrations:");
      pending.forEach(m -> out.println("  " + m));
    }
    List<SchemaInstance> instances = schema.instances();
    out.println();
    if (instances.isEmpty()) {
      out.println("Live instances: none");
    } else {
      out.println("Live instances:");
      for (SchemaInstance instance : instances) {
        out.println("  " + instance.describe() + " model " + instance.fingerprint());
      }
    }
    boolean changes = !plan.safeChanges().isEmpty() || !plan.conflicts().isEmpty();
    return options.exitCode() && (changes || !pending.isEmpty()) ? SchemaCli.PENDING : SchemaCli.OK;
  }

  /**
   * The migrations not recorded in the history (version, description, file and checksum), then the
   * ones that were started and not finished or changed since, as validate reports them.
   */
  private List<String> pendingMigrations(SchemaManager schema) {
    if (schema.migrations().isEmpty() || options.keyspace() == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (Migration migration : schema.pendingMigrations()) {
      lines.add(
          "V"
              + migration.version()
              + " "
              + migration.description()
              + " ("
              + migration.resource()
              + ", sha256 "
              + migration.checksum()
              + ")");
    }
    try {
      schema.validate();
    } catch (SchemaMismatchException e) {
      e.failedMigrations().forEach(f -> lines.add("FAILED " + f));
    }
    return lines;
  }

  private void section(String title, List<SchemaChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.println();
    out.println(title + ":");
    for (SchemaChange change : changes) {
      out.println("  " + change.kind() + " " + change.target() + ": " + change.description());
    }
  }

  private int apply(SchemaManager schema) {
    long start = System.nanoTime();
    SchemaPlan applied = schema.apply();
    printApplied(applied, start);
    return SchemaCli.OK;
  }

  private int contract(SchemaManager schema) {
    long start = System.nanoTime();
    SchemaPlan applied = schema.contract();
    printApplied(applied, start);
    return SchemaCli.OK;
  }

  /**
   * One line per change; the plan carries no per-change timing (the mapper's log lines on standard
   * error have it), so the total follows.
   */
  private void printApplied(SchemaPlan applied, long startNanos) {
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    for (SchemaChange change : applied.changes()) {
      out.println("Applied " + change.kind() + " " + change.target());
    }
    out.println(
        applied.isEmpty()
            ? "Nothing to change (" + millis + " ms)."
            : "Applied " + applied.changes().size() + " change(s) in " + millis + " ms.");
  }

  private int validate(SchemaManager schema) {
    schema.validate();
    out.println("Schema is valid (model " + schema.fingerprint() + ").");
    return SchemaCli.OK;
  }

  private int migrate(SchemaManager schema) {
    long start = System.nanoTime();
    List<Migration> applied = schema.migrate();
    long millis = (System.nanoTime() - start) / 1_000_000;
    for (Migration migration : applied) {
      out.println("Applied migration " + migration.version() + " " + migration.resource());
    }
    out.println(
        applied.isEmpty()
            ? "No pending migration (" + millis + " ms)."
            : "Applied " + applied.size() + " migration(s) in " + millis + " ms.");
    return SchemaCli.OK;
  }

  private int repair(SchemaManager schema) {
    boolean changed = schema.repair(options.repairVersion());
    out.println(
        changed
            ? "Repaired migration " + options.repairVersion() + "."
            : "Migration " + options.repairVersion() + " needed no repair.");
    return SchemaCli.OK;
  }

  private Session session() {
    SessionBuilder builder =
        Session.builder().contactPoints(options.contactPoints().toArray(String[]::new));
    if (options.localDc() != null) {
      builder.localDatacenter(options.localDc());
    }
    if (options.username() != null) {
      builder.credentials(options.username(), options.password());
    }
    return builder.build();
  }

  private URLClassLoader classLoader() {
    List<URL> urls = new ArrayList<>();
    for (String entry : options.classpath()) {
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        throw new UsageException("Class path entry " + entry + " does not exist");
      }
      try {
        urls.add(path.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new UsageException("Class path entry " + entry + " is not a valid path");
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), SchemaCli.class.getClassLoader());
  }

  private Class<?>[] entities(ClassLoader loader) {
    List<Class<?>> types = new ArrayList<>();
    for (String name : options.entities()) {
      try {
        types.add(Class.forName(name, false, loader));
      } catch (ClassNotFoundException e) {
        throw new UsageException("Entity class " + name + " is not on --classpath");
      }
    }
    return types.toArray(Class<?>[]::new);
  }
}
