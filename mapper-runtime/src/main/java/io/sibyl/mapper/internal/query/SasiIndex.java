package io.sibyl.mapper.internal.query;

import io.sibyl.driver.metadata.IndexMetadata;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.driver.metadata.Metadata;
import io.sibyl.driver.metadata.TableMetadata;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.metamodel.ColumnRef;
import java.util.Locale;
import java.util.Optional;

/**
 * A SASI index on a text column, the only index that serves {@code LIKE} in Cassandra 5.0: either
 * declared by {@code @Index(type = IndexType.SASI_...)} on the column, or created by hand and found
 * in the session's schema metadata.
 *
 * @param name the index name; null for a declared index (the metamodel does not know its name)
 * @param contains whether it is in {@code CONTAINS} mode (which serves {@code '%abc'} and {@code
 *     '%abc%'}); otherwise it is in {@code PREFIX} mode, which serves {@code 'abc%'} only
 * @param declared whether {@code @Index} declares it (not the schema metadata)
 */
public record SasiIndex(String name, boolean contains, boolean declared) {

  /** The class name of SASI indexes in {@code system_schema.indexes}. */
  public static final String CLASS_NAME = IndexType.SASI_CLASS;

  /** An index found in the schema metadata. */
  public SasiIndex(String name, boolean contains) {
    this(name, contains, false);
  }

  /** The SASI index that {@code @Index} declares on a column, or null when it declares none. */
  public static SasiIndex declared(ColumnRef<?, ?> column) {
    IndexType type = column.indexType();
    if (type != IndexType.SASI_PREFIX && type != IndexType.SASI_CONTAINS) {
      return null; // none, or one that does not serve LIKE
    }
    return new SasiIndex(null, type == IndexType.SASI_CONTAINS, true);
  }

  /**
   * The SASI index on a column, or null when the schema metadata knows none.
   *
   * @param keyspace the keyspace name as stored (unquoted), or null when unknown
   * @param table the table name as stored
   * @param column the column name as stored
   */
  public static SasiIndex find(Metadata metadata, String keyspace, String table, String column) {
    if (keyspace == null) {
      return null;
    }
    Optional<TableMetadata> tableMetadata =
        metadata.keyspace(keyspace).flatMap((KeyspaceMetadata k) -> k.table(table));
    if (tableMetadata.isEmpty()) {
      return null;
    }
    for (IndexMetadata index : tableMetadata.get().indexes().values()) {
      String target = unquote(index.target());
      if (CLASS_NAME.equals(index.options().get("class_name")) && target.equals(column)) {
        String mode = index.options().getOrDefault("mode", "PREFIX");
        return new SasiIndex(index.name(), mode.toUpperCase(Locale.ROOT).equals("CONTAINS"));
      }
    }
    return null;
  }

  /** An identifier without its CQL quotes, as the schema stores it. */
  public static String unquote(String cql) {
    if (cql.length() >= 2 && cql.startsWith("\"") && cql.endsWith("\"")) {
      return cql.substring(1, cql.length() - 1).replace("\"\"", "\"");
    }
    return cql;
  }
}
