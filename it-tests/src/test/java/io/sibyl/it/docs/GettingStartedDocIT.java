package io.sibyl.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.it.docs.model.User;
import io.sibyl.it.docs.model.UserRepository;
import io.sibyl.it.docs.model.User_;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.SchemaMode;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Runs the code docs/getting-started.md shows, step by step, against the shared node. */
class GettingStartedDocIT extends SessionITBase {

  @AfterAll
  static void dropShop() {
    if (session != null) {
      session.execute("DROP KEYSPACE IF EXISTS shop");
    }
  }

  @Test
  void should_create_a_schema_then_write_and_read_with_the_driver() {
    InetSocketAddress node = cluster.contactPoints().get(0);
    String contactPoint = node.getHostString() + ":" + node.getPort();

    // tag::driver[]
    try (Session session =
        Session.builder()
            .contactPoints(contactPoint)
            .localDatacenter("datacenter1")
            .credentials("cassandra", "cassandra")
            .build()) {
      session.execute(
          "CREATE KEYSPACE IF NOT EXISTS shop WITH replication ="
              + " {'class': 'SimpleStrategy', 'replication_factor': 1}");
      session.execute("CREATE TABLE IF NOT EXISTS shop.users (id uuid PRIMARY KEY, name text)");

      PreparedStatement insert = session.prepare("INSERT INTO shop.users (id, name) VALUES (?, ?)");
      session.execute(insert.bind(UUID.randomUUID(), "Ada"));

      for (Row row : session.execute("SELECT id, name FROM shop.users")) {
        System.out.println(row.getUuid("id") + " " + row.getString("name"));
      }
    }
    // end::driver[]

    assertThat(session.execute("SELECT name FROM shop.users").all())
        .extracting(row -> row.getString("name"))
        .containsExactly("Ada");
  }

  @Test
  void should_create_the_table_on_startup_then_save_find_and_query_users() {
    // tag::mapper[]
    Mapper mapper =
        Mapper.builder(session)
            .keyspace(keyspace)
            .schemaEntities(User.class)
            .schemaMode(SchemaMode.APPLY_SAFE)
            .build();
    UserRepository users = mapper.repository(UserRepository.class);

    User ada = new User(UUID.randomUUID(), "Ada", "ada@example.com", Set.of("admin"));
    users.save(ada);
    Optional<User> found = users.findById(ada.id());
    // end::mapper[]

    // tag::dsl[]
    User one = User_.table(mapper).select().where(User_.ID.eq(ada.id())).one();
    List<User> several =
        User_.table(mapper).select().where(User_.ID.in(List.of(ada.id()))).limit(10).list();
    // end::dsl[]

    try (mapper) {
      assertThat(found).contains(ada);
      assertThat(one).isEqualTo(ada);
      assertThat(several).containsExactly(ada);
    }
  }
}
