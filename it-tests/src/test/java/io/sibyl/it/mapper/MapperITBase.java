package io.sibyl.it.mapper;

import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.generated.UdtMapper;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Base of the mapper integration tests: the class's keyspace and session (from {@link
 * SessionITBase}), its tables created from the DDL that the processor generated, and a mapper over
 * the session.
 */
abstract class MapperITBase extends SessionITBase {

  /**
   * Creates the tables (after the UDTs they use, nested ones first) and their indexes in the
   * class's keyspace, and returns a mapper with default settings.
   */
  static Mapper createSchemaAndMapper(TableDescriptor<?>... tables) {
    Set<UdtMapper<?>> udts = new LinkedHashSet<>();
    for (TableDescriptor<?> table : tables) {
      table.udts().forEach(udt -> addWithDependencies(udt, udts));
    }
    udts.forEach(udt -> session.execute(udt.createTypeCql(keyspace)));
    for (TableDescriptor<?> table : tables) {
      session.execute(table.createTableCql(keyspace));
      table.createIndexesCql(keyspace).forEach(session::execute);
    }
    return Mapper.builder(session).build();
  }

  private static void addWithDependencies(UdtMapper<?> udt, Set<UdtMapper<?>> ordered) {
    if (!ordered.contains(udt)) {
      udt.dependencies().forEach(nested -> addWithDependencies(nested, ordered));
      ordered.add(udt);
    }
  }
}
