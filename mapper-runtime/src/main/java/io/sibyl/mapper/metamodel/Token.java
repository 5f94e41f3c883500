package io.sibyl.mapper.metamodel;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import java.util.List;

/**
 * The token of a table's whole partition key, {@code token(sensor, day)}, whose bounds select the
 * partitions of a slice of the Murmur3 ring: the way to scan a table in parts (see {@link
 * TokenRange} and {@code SelectQuery.inTokenRange(TokenRange)}).
 *
 * <pre>{@code
 * Token<Reading> token = Token.of(Reading_.SENSOR, Reading_.DAY);
 * readings.select().where(token.gt(from), token.lte(to)).list();
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class Token<T> {

  private final TableDescriptor<T> table;
  private final String cql;

  private Token(TableDescriptor<T> table, String cql) {
    this.table = table;
    this.cql = cql;
  }

  /**
   * The token of a partition key.
   *
   * @param partitionKey every partition key column of the table, in key order
   * @throws InvalidRestrictionException if the columns are not the whole partition key in order
   */
  @SafeVarargs
  public static <T> Token<T> of(PartitionKeyRef<T, ?>... partitionKey) {
    if (partitionKey.length == 0) {
      throw new IllegalArgumentException("token() needs the partition key columns, got none");
    }
    TableDescriptor<T> table = partitionKey[0].table();
    List<ColumnDescriptor> key = partitionKey(table);
    boolean whole = partitionKey.length == key.size();
    for (int i = 0; whole && i < partitionKey.length; i++) {
      whole =
          partitionKey[i].table() == table
              && table.columns().get(partitionKey[i].position()) == key.get(i);
    }
    if (!whole) {
      StringBuilder given = new StringBuilder();
      for (PartitionKeyRef<T, ?> column : partitionKey) {
        given.append(given.length() == 0 ? "" : ", ").append(column.cql());
      }
      throw new InvalidRestrictionException(
          "token("
              + given
              + ") of "
              + table.name()
              + " is refused: token() takes the whole partition key in key order ("
              + names(key)
              + ")");
    }
    return new Token<>(table, "token(" + names(key) + ")");
  }

  /** The token of the whole partition key of a table (for {@code SelectQuery.inTokenRange}). */
  public static <T> Token<T> of(TableDescriptor<T> table) {
    return new Token<>(table, "token(" + names(partitionKey(table)) + ")");
  }

  /** The table whose partition key this is the token of. */
  public TableDescriptor<T> table() {
    return table;
  }

  /** The function call as written in CQL, such as {@code token(sensor, day)}. */
  public String cql() {
    return cql;
  }

  /** {@code token(...) > value}. */
  public TokenRestriction<T> gt(long value) {
    return TokenRestriction.of(this, Operator.GT, value);
  }

  /** {@code token(...) >= value}. */
  public TokenRestriction<T> gte(long value) {
    return TokenRestriction.of(this, Operator.GTE, value);
  }

  /**
   * {@code token(...) < value}.
   *
   * @throws InvalidRestrictionException if {@code value} is {@link Long#MIN_VALUE}
   */
  public TokenRestriction<T> lt(long value) {
    return TokenRestriction.of(this, Operator.LT, value);
  }

  /**
   * {@code token(...) <= value}.
   *
   * @throws InvalidRestrictionException if {@code value} is {@link Long#MIN_VALUE}
   */
  public TokenRestriction<T> lte(long value) {
    return TokenRestriction.of(this, Operator.LTE, value);
  }

  private static List<ColumnDescriptor> partitionKey(TableDescriptor<?> table) {
    return table.columns().stream().filter(c -> c.kind() == ColumnKind.PARTITION_KEY).toList();
  }

  private static String names(List<ColumnDescriptor> columns) {
    StringBuilder names = new StringBuilder();
    for (ColumnDescriptor column : columns) {
      names.append(names.length() == 0 ? "" : ", ").append(column.cql());
    }
    return names.toString();
  }

  @Override
  public String toString() {
    return cql;
  }
}
