package io.sibyl.mapper.internal.query;

import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.Operator;
import io.sibyl.mapper.metamodel.Relation;
import io.sibyl.mapper.metamodel.Restriction;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of {@code LIKE}: a text column, with a SASI index whose mode serves the pattern. The
 * index is the one {@code @Index} declares on the column, else one found in the session's schema
 * (created by hand). The rules depend on the pattern, so they run for each query object, not once
 * per shape.
 */
public final class LikeChecks {

  private static final Set<String> TEXT_TYPES = Set.of("text", "varchar", "ascii");

  private LikeChecks() {}

  /**
   * Checks every {@code LIKE} among the relations.
   *
   * @param table the table the select reads
   * @param qualifiedTable the table's name as the select writes it ({@code ks.events}), for
   *     messages
   * @param sasiIndexes the SASI index of a column in the session's schema, or null when it has none
   * @param where the select's relations
   * @throws InvalidRestrictionException a {@code LIKE} that no index serves
   */
  public static <T> void check(
      TableDescriptor<T> table,
      String qualifiedTable,
      Function<ColumnDescriptor, SasiIndex> sasiIndexes,
      List<Relation<T>> where) {
    for (Relation<T> relation : where) {
      if (relation instanceof Restriction<T> r && r.operator() == Operator.LIKE) {
        check(table, qualifiedTable, sasiIndexes, r);
      }
    }
  }

  private static <T> void check(
      TableDescriptor<T> tableDescriptor,
      String qualifiedTable,
      Function<ColumnDescriptor, SasiIndex> sasiIndexes,
      Restriction<T> like) {
    ColumnRef<T, ?> column = like.column();
    String table = tableDescriptor.name();
    if (column.table() != tableDescriptor) {
      throw new InvalidRestrictionException(
          "ColumnRef " + column + " is not a column of table " + table);
    }
    ColumnDescriptor descriptor = column.table().columns().get(column.position());
    String type = descriptor.cqlType();
    if (!TEXT_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
      throw new InvalidRestrictionException(
          "LIKE on column "
              + column.cql()
              + " of "
              + table
              + " is refused: it holds "
              + type
              + " values, and LIKE matches only text, varchar and ascii columns");
    }
    SasiIndex index = SasiIndex.declared(column);
    if (index == null) {
      index = sasiIndexes.apply(descriptor);
    }
    if (index == null) {
      throw new InvalidRestrictionException(
          "LIKE on column "
              + column.cql()
              + " of "
              + table
              + " needs a SASI index on it, and the schema has none"
              + declaredIndex(column)
              + ": declare one with @Index(type = IndexType.SASI_CONTAINS) on '"
              + column.property()
              + "', or create one with CREATE CUSTOM INDEX ON "
              + qualifiedTable
              + " ("
              + column.cql()
              + ") USING '"
              + SasiIndex.CLASS_NAME
              + "' WITH OPTIONS = {'mode': 'CONTAINS'} (the node needs sasi_indexes_enabled: true)");
    }
    String pattern = (String) like.value();
    if (pattern.startsWith("%") && !index.contains()) {
      throw new InvalidRestrictionException(
          "LIKE '"
              + pattern
              + "' on column "
              + column.cql()
              + " of "
              + table
              + " matches a suffix or a substring, which needs a SASI index in CONTAINS mode, and "
              + (index.declared()
                  ? "its declared index is in PREFIX mode: declare it with @Index(type ="
                      + " IndexType.SASI_CONTAINS) on '"
                      + column.property()
                      + "'"
                  : index.name()
                      + " is in PREFIX mode: recreate it WITH OPTIONS = {'mode': 'CONTAINS'}")
              + ", or match a prefix ('abc%')");
    }
  }

  private static String declaredIndex(ColumnRef<?, ?> column) {
    if (column.indexType() == IndexType.STORAGE_ATTACHED) {
      return " (its storage-attached index does not serve LIKE in Cassandra 5.0)";
    }
    if (column.indexType() == IndexType.SECONDARY) {
      return " (its secondary index does not serve LIKE)";
    }
    if (column.indexType() == IndexType.SASI_SPARSE) {
      return " (its SASI index in SPARSE mode does not serve LIKE)";
    }
    return "";
  }
}
