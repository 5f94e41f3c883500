package io.sibyl.mapper.schema;

import io.sibyl.mapper.generated.ColumnDescriptor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fingerprint of a model: a hash of the DDL it generates (types, tables with their options,
 * indexes), independent of the order in which entities were found, plus what it maps (qualified
 * tables and columns), which {@link SchemaManager#contract()} compares with the models that live
 * instances run.
 *
 * @param hash the SHA-256 of the canonical DDL, in hex
 * @param tables the mapped tables, {@code keyspace.table} in stored form
 * @param columns the mapped columns, {@code keyspace.table.column} in stored form
 */
record ModelFingerprint(String hash, Set<String> tables, Set<String> columns) {

  /** Copies the sets. */
  ModelFingerprint {
    tables = Set.copyOf(tables);
    columns = Set.copyOf(columns);
  }

  /** The fingerprint of the models, keyed by keyspace (stored form). */
  static ModelFingerprint of(Map<String, SchemaManager.KeyspaceModel> models) {
    StringBuilder canonical = new StringBuilder();
    Set<String> tables = new LinkedHashSet<>();
    Set<String> columns = new LinkedHashSet<>();
    for (Map.Entry<String, SchemaManager.KeyspaceModel> entry : new TreeMap<>(models).entrySet()) {
      String keyspace = entry.getKey();
      canonical.append("keyspace ").append(keyspace).append('\n');
      List<TypeSchema> types = new ArrayList<>(entry.getValue().types());
      types.sort(Comparator.comparing(TypeSchema::name));
      for (TypeSchema type : types) {
        canonical.append(SchemaDdl.createType(keyspace, type)).append('\n');
      }
      List<TableSchema> sorted = new ArrayList<>(entry.getValue().tables());
      sorted.sort(Comparator.comparing(TableSchema::name));
      for (TableSchema table : sorted) {
        canonical.append(SchemaDdl.createTable(keyspace, table)).append('\n');
        table.options().stream().sorted().forEach(o -> canonical.append(o).append('\n'));
        table.indexes().stream()
            .map(i -> SchemaDdl.createIndex(keyspace, table, i))
            .sorted()
            .forEach(i -> canonical.append(i).append('\n'));
        tables.add(keyspace + "." + table.name());
        for (ColumnDescriptor column : table.columns()) {
          columns.add(keyspace + "." + table.name() + "." + column.name());
        }
      }
    }
    return new ModelFingerprint(sha256(canonical.toString()), tables, columns);
  }

  /** The first 12 hex digits, for messages. */
  String shortHash() {
    return hash.substring(0, 12);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
