package io.sibyl.junit;

import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.SchemaMode;

/** Builds the mappers of test scopes; the only class here that needs mapper-runtime. */
final class TestMappers {
  private TestMappers() {}

  static Mapper build(Session session, String keyspace, Class<?>[] entities) {
    return Mapper.builder(session)
        .keyspace(keyspace)
        .schemaEntities(entities)
        .schemaMode(SchemaMode.APPLY_SAFE)
        .build();
  }
}
