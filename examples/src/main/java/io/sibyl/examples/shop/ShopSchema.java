package io.sibyl.examples.shop;

import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.SchemaChange;
import io.sibyl.mapper.schema.SchemaMode;
import io.sibyl.mapper.schema.SchemaPlan;

/**
 * The shop's schema migration on startup: the mapper compares the entities' generated schema models
 * with the live schema and applies the safe changes (creating the keyspace, the address type, the
 * tables and the product index on a first start; nothing on the next ones).
 */
public final class ShopSchema {
  private static final String DEMO_REPLICATION =
      "{'class': 'SimpleStrategy', 'replication_factor': 1}";

  private ShopSchema() {}

  /** A mapper for the shop, whose build applies the safe schema changes (none if up to date). */
  public static Mapper mapper(Session session, String keyspace) {
    return Mapper.builder(session)
        .keyspace(keyspace)
        .schemaEntities(Customer.class, Product.class, Order.class, PageViews.class)
        .createKeyspace(DEMO_REPLICATION)
        .schemaMode(SchemaMode.APPLY_SAFE)
        .build();
  }

  /** Prints what the schema needs, then builds the mapper, which applies it. */
  public static Mapper migrateOnStartup(Session session, String keyspace) {
    SchemaPlan plan =
        Mapper.builder(session)
            .keyspace(keyspace)
            .schemaEntities(Customer.class, Product.class, Order.class, PageViews.class)
            .createKeyspace(DEMO_REPLICATION)
            .build()
            .schema()
            .plan();
    System.out.println("Schema changes for keyspace '" + keyspace + "' on this start:");
    for (SchemaChange change : plan.changes()) {
      System.out.println("  " + (change.isSafe() ? "" : "(unsafe) ") + change.cql());
    }
    return mapper(session, keyspace);
  }
}
