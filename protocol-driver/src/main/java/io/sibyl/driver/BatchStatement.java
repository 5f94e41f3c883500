package io.sibyl.driver;

import java.util.ArrayList;
import java.util.List;

/**
 * Several simple or bound statements applied together. A {@linkplain #logged logged} batch is
 * atomic (all or none, eventually); an {@linkplain #unlogged unlogged} one is not, and a
 * {@linkplain #counter counter} batch may hold only counter updates.
 *
 * <p>Immutable: {@link #add} returns a new batch.
 */
public final class BatchStatement extends AbstractStatement<BatchStatement>
    implements Statement<BatchStatement> {

  /** The kind of a batch, with its code in the native protocol. */
  public enum Type {
    /** Atomic, through the batch log. */
    LOGGED(0),
    /** Not atomic; cheaper. Best when all statements share a partition. */
    UNLOGGED(1),
    /** Counter updates only. */
    COUNTER(2);

    private final int code;

    Type(int code) {
      this.code = code;
    }

    /** The batch type's code in the native protocol. */
    public int code() {
      return code;
    }
  }

  private final Type type;
  private final List<BatchableStatement> statements;

  private BatchStatement(Type type, List<BatchableStatement> statements, StatementOptions options) {
    super(options);
    this.type = type;
    this.statements = statements;
  }

  /** A logged (atomic) batch of the given statements. */
  public static BatchStatement logged(BatchableStatement... statements) {
    return of(Type.LOGGED, statements);
  }

  /** An unlogged batch of the given statements. */
  public static BatchStatement unlogged(BatchableStatement... statements) {
    return of(Type.UNLOGGED, statements);
  }

  /** A counter batch of the given statements. */
  public static BatchStatement counter(BatchableStatement... statements) {
    return of(Type.COUNTER, statements);
  }

  /** A batch of the given type and statements. */
  public static BatchStatement of(Type type, BatchableStatement... statements) {
    return new BatchStatement(type, List.of(statements), StatementOptions.DEFAULT);
  }

  /** The batch's type. */
  public Type type() {
    return type;
  }

  /** The statements, in order (unmodifiable). */
  public List<BatchableStatement> statements() {
    return statements;
  }

  /** The number of statements. */
  public int size() {
    return statements.size();
  }

  /** A copy with more statements appended. */
  public BatchStatement add(BatchableStatement... more) {
    List<BatchableStatement> all = new ArrayList<>(statements);
    all.addAll(List.of(more));
    return new BatchStatement(type, List.copyOf(all), options);
  }

  @Override
  BatchStatement copy(StatementOptions newOptions) {
    return new BatchStatement(type, statements, newOptions);
  }

  @Override
  public String toString() {
    return "BatchStatement[" + type + ", " + statements.size() + " statements]";
  }
}
