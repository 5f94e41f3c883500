package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.Migration;
import io.sibyl.mapper.schema.SchemaPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The DDL scripts the processor wrote among the compiled test classes ({@code
 * META-INF/sibyl/schema/}) run on Cassandra and create exactly what schema sync would: after them,
 * the plan has nothing left to add.
 */
class SchemaResourcesIT extends SessionITBase {

  private static void run(String resource) throws IOException {
    String script;
    try (InputStream in =
        SchemaResourcesIT.class
            .getClassLoader()
            .getResourceAsStream("META-INF/sibyl/schema/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String statement : new Migration("0", resource, resource, script).statements()) {
      session.execute(statement);
    }
  }

  @Test
  void should_create_with_the_scripts_what_schema_sync_would_create() throws IOException {
    run("user-types/sync_geo.cql");
    run("user-types/sync_address.cql");
    run("default-keyspace/sync_user.cql");
    session.refreshSchema();

    SchemaPlan plan =
        Mapper.builder(session)
            .keyspace(keyspace)
            .schemaEntities(SyncUser.class, SyncAddress.class, SyncGeo.class)
            .build()
            .schema()
            .plan();

    assertThat(plan.changes()).as(plan.report()).isEmpty();
    assertThat(
            session
                .metadata()
                .keyspace(keyspace)
                .orElseThrow()
                .table("sync_user")
                .orElseThrow()
                .columns())
        .containsKeys("id", "email", "home");
  }
}
