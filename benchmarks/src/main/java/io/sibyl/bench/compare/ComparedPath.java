package io.sibyl.bench.compare;

import io.sibyl.bench.load.Concurrency;
import io.sibyl.bench.load.Workload;
import java.util.List;

/**
 * One row of the comparison: a workload at a concurrency through one layer of each driver
 * (hand-written statements, Sibyl's generated repository against the reference mapper's DAO, or
 * Sibyl's query DSL against the reference mapper's DAO).
 *
 * @param workload insert or select by key
 * @param concurrency how requests are issued
 * @param layer which client of each driver sends them
 */
public record ComparedPath(Workload workload, Concurrency concurrency, Layer layer) {

  /** Which client of each driver a path uses. */
  public enum Layer {
    /** Hand-written prepared statements on both sides. */
    STATEMENTS(""),
    /** Sibyl's generated repository against the reference mapper's generated DAO. */
    REPOSITORY("repository "),
    /** Sibyl's query DSL against the reference mapper's generated DAO. */
    DSL("DSL ");

    private final String prefix;

    Layer(String prefix) {
      this.prefix = prefix;
    }
  }

  /** The paths of issue 19's table (with sync x8, and the DSL's select), in its order. */
  public static final List<ComparedPath> ALL =
      List.of(
          new ComparedPath(Workload.INSERT, Concurrency.async(256), Layer.STATEMENTS),
          new ComparedPath(Workload.INSERT, Concurrency.async(1024), Layer.STATEMENTS),
          new ComparedPath(Workload.SELECT, Concurrency.async(256), Layer.STATEMENTS),
          new ComparedPath(Workload.INSERT, Concurrency.sync(1), Layer.STATEMENTS),
          new ComparedPath(Workload.SELECT, Concurrency.sync(1), Layer.STATEMENTS),
          new ComparedPath(Workload.INSERT, Concurrency.sync(8), Layer.STATEMENTS),
          new ComparedPath(Workload.SELECT, Concurrency.sync(8), Layer.STATEMENTS),
          new ComparedPath(Workload.INSERT, Concurrency.async(256), Layer.REPOSITORY),
          new ComparedPath(Workload.SELECT, Concurrency.async(256), Layer.REPOSITORY),
          new ComparedPath(Workload.INSERT, Concurrency.sync(1), Layer.REPOSITORY),
          new ComparedPath(Workload.SELECT, Concurrency.sync(1), Layer.REPOSITORY),
          new ComparedPath(Workload.SELECT, Concurrency.async(256), Layer.DSL),
          new ComparedPath(Workload.SELECT, Concurrency.sync(1), Layer.DSL));

  /** The name in tables and charts, e.g. {@code repository select, async x256}. */
  public String label() {
    return layer.prefix + workload.label() + ", " + concurrency.label();
  }

  /** The label as a file name part, e.g. {@code repository-select-async-x256}. */
  public String slug() {
    return label().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
