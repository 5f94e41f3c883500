package io.sibyl.examples.shop;

import io.sibyl.driver.Session;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.generated.UdtMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates the shop's keyspace and schema from the DDL that the annotation processor generated next
 * to each entity ({@code CustomerTable}, {@code AddressUdt}...). Schema synchronization will
 * replace this class.
 */
public final class ShopSchema {

  /** The shop's tables. */
  public static final List<TableDescriptor<?>> TABLES =
      List.of(
          CustomerTable.INSTANCE,
          ProductTable.INSTANCE,
          OrderTable.INSTANCE,
          PageViewsTable.INSTANCE);

  private ShopSchema() {}

  /**
   * Creates the keyspace (one replica: a demo), then the user-defined types, the tables and their
   * indexes, skipping those that exist. Returns the statements it ran.
   */
  public static List<String> create(Session session, String keyspace) {
    Set<String> statements = new LinkedHashSet<>();
    statements.add(
        "CREATE KEYSPACE IF NOT EXISTS "
            + keyspace
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    for (TableDescriptor<?> table : TABLES) {
      table.udts().forEach(udt -> addType(udt, keyspace, statements));
    }
    for (TableDescriptor<?> table : TABLES) {
      statements.add(table.createTableCql(keyspace));
      statements.addAll(table.createIndexesCql(keyspace));
    }
    statements.forEach(session::execute);
    return List.copyOf(statements);
  }

  /** Adds the type's DDL after that of the types it nests. */
  private static void addType(UdtMapper<?> udt, String keyspace, Set<String> statements) {
    udt.dependencies().forEach(nested -> addType(nested, keyspace, statements));
    statements.add(udt.createTypeCql(keyspace));
  }
}
