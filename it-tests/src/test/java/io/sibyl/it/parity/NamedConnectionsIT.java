package io.sibyl.it.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Session;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Connections;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.query.QueryTable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Named connections the cqlengine way: two sessions on the node, each on its own keyspace; the same
 * entity written to each through {@code using(...)} and through repositories; an entity and a
 * repository that live on a named connection; statements run only on the session they were prepared
 * on.
 */
class NamedConnectionsIT extends SessionITBase {

  private static final String OTHER = "it_parity_connections_other";
  private static final String NAME = "it-parity-other";

  private static final CountingTracker mainTracker = new CountingTracker();
  private static final CountingTracker otherTracker = new CountingTracker();
  private static Session main;
  private static Session other;
  private static Mapper mapper;

  @BeforeAll
  static void openSessions() {
    session.execute("DROP KEYSPACE IF EXISTS " + OTHER);
    session.execute(
        "CREATE KEYSPACE "
            + OTHER
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    session.execute(MemberTable.INSTANCE.createTableCql(keyspace));
    session.execute(MemberTable.INSTANCE.createTableCql(OTHER));
    session.execute(ReportLineTable.INSTANCE.createTableCql(OTHER));
    session.refreshSchema();
    main = newSession(b -> b.keyspace(keyspace).addRequestTracker(mainTracker));
    other = newSession(b -> b.keyspace(OTHER).addRequestTracker(otherTracker));
    // tag::register[]
    Connections.register(NAME, other); // "it-parity-other": a second session, its own keyspace
    // end::register[]
    Connections.register(ReportLine.CONNECTION, other);
    mapper = Mapper.builder(main).keyspace(keyspace).build();
  }

  @AfterAll
  static void closeSessions() {
    Connections.remove(NAME);
    Connections.remove(ReportLine.CONNECTION);
    if (mapper != null) {
      mapper.close();
    }
    if (main != null) {
      main.close();
    }
    if (other != null) {
      other.close();
    }
    session.execute("DROP KEYSPACE IF EXISTS " + OTHER);
  }

  private static Member member(String name) {
    return new Member(
        UUID.randomUUID(), name, name + "@example.com", 1, List.of(), Set.of(), Map.of());
  }

  private static boolean storedIn(String keyspaceName, UUID id) {
    return session
            .execute("SELECT id FROM " + keyspaceName + ".parity_members WHERE id = ?", id)
            .one()
        != null;
  }

  @Test
  void should_write_the_same_entity_to_each_session_and_keyspace_with_using() {
    // tag::using[]
    QueryTable<Member> members = mapper.table(Member.class);
    QueryTable<Member> byName = members.using(NAME, OTHER); // connection name, keyspace
    QueryTable<Member> bySession = members.using(other, null); // the session's own keyspace
    // end::using[]
    Member here = member("here");
    Member there = member("there");
    Member alsoThere = member("also-there");

    int mainBefore = mainTracker.count();
    int otherBefore = otherTracker.count();
    members.save(here);
    byName.save(there);
    bySession.save(alsoThere);

    assertThat(storedIn(keyspace, here.id())).isTrue();
    assertThat(storedIn(OTHER, here.id())).isFalse();
    assertThat(storedIn(OTHER, there.id())).isTrue();
    assertThat(storedIn(keyspace, there.id())).isFalse();
    assertThat(storedIn(OTHER, alsoThere.id())).isTrue();
    assertThat(byName.get(there.id())).isEqualTo(there);
    assertThat(members.get(there.id())).isNull();
    // Each statement ran on the session it was prepared for: one request on main, two on other
    // for the saves (plus the reads above).
    assertThat(mainTracker.since(mainBefore).get(0)).contains(keyspace + ".parity_members");
    assertThat(otherTracker.since(otherBefore).subList(0, 2))
        .allSatisfy(cql -> assertThat(cql).contains("INSERT INTO"))
        .anySatisfy(cql -> assertThat(cql).contains(OTHER + ".parity_members"));
    assertThat(byName.session()).isSameAs(other);
    assertThat(byName.tableName()).isEqualTo(OTHER + ".parity_members");
    assertThat(bySession.tableName()).isEqualTo("parity_members");
  }

  @Test
  void should_switch_keyspace_on_the_same_session() {
    QueryTable<Member> members = mapper.table(Member.class).inKeyspace(OTHER);
    Member member = member("switched");

    members.save(member);

    assertThat(members.session()).isSameAs(main);
    assertThat(storedIn(OTHER, member.id())).isTrue();
    assertThat(storedIn(keyspace, member.id())).isFalse();
  }

  @Test
  void should_give_repositories_per_keyspace_and_connection() {
    // tag::repositories[]
    MemberRepository here = mapper.repository(MemberRepository.class);
    MemberRepository otherKeyspace = mapper.repository(MemberRepository.class, OTHER);
    MemberRepository otherConnection = mapper.repository(MemberRepository.class, NAME, null);
    // end::repositories[]
    Member a = member("repo-here");
    Member b = member("repo-other-keyspace");
    Member c = member("repo-other-connection");

    int otherBefore = otherTracker.count();
    here.save(a);
    otherKeyspace.save(b);
    otherConnection.save(c);

    assertThat(storedIn(keyspace, a.id())).isTrue();
    assertThat(storedIn(OTHER, b.id())).isTrue();
    assertThat(storedIn(keyspace, b.id())).isFalse();
    assertThat(storedIn(OTHER, c.id())).isTrue();
    assertThat(otherTracker.since(otherBefore)).hasSize(1);
    assertThat(mapper.repository(MemberRepository.class, OTHER)).isSameAs(otherKeyspace);
    assertThat(otherConnection.findById(c.id())).isEqualTo(c);
    assertThat(here.findById(c.id())).isNull();

    Member renamed = c.withName("renamed");
    otherConnection.update(c, renamed);
    assertThat(otherConnection.findById(c.id())).isEqualTo(renamed);
  }

  @Test
  void should_run_an_entity_and_its_repository_on_the_entity_connection() {
    int mainBefore = mainTracker.count();

    mapper.table(ReportLine.class).save(new ReportLine("2026-12-06", 42));
    ReportLineRepository lines = mapper.repository(ReportLineRepository.class);
    lines.save(new ReportLine("2026-12-07", 7));

    assertThat(mainTracker.since(mainBefore)).isEmpty();
    assertThat(lines.findByDay("2026-12-06")).contains(new ReportLine("2026-12-06", 42));
    assertThat(
            session
                .execute(
                    "SELECT total FROM " + OTHER + ".parity_report_lines WHERE day = ?",
                    "2026-12-07")
                .one()
                .getLong(0))
        .isEqualTo(7L);
  }

  @Test
  void should_name_the_registered_connections_when_one_is_missing() {
    assertThatThrownBy(() -> mapper.table(Member.class).using("no-such-connection", null))
        .isInstanceOf(MapperException.class)
        .hasMessageStartingWith("No connection named 'no-such-connection' is registered")
        .hasMessageContaining(NAME)
        .hasMessageEndingWith(
            "call Connections.register(\"no-such-connection\", session) at startup, before the"
                + " mapper uses it");
    assertThatThrownBy(() -> Connections.register(NAME, main))
        .isInstanceOf(MapperException.class)
        .hasMessageContaining("is already registered");
  }

  @Test
  void should_set_and_clear_the_default_connection() {
    String name = "it-parity-default";
    Connections.register(name, main);
    try {
      // tag::default[]
      Connections.setDefault(name);
      try (Mapper onDefault = Mapper.builder().keyspace(keyspace).build()) {
        assertThat(onDefault.session()).isSameAs(Connections.defaultSession());
      }
      // end::default[]
      assertThat(Connections.defaultSession()).isSameAs(main);
      assertThat(Mapper.builder(name).build().session()).isSameAs(main);
    } finally {
      Connections.remove(name);
    }
    assertThat(Connections.defaultName()).isEmpty();
    assertThatThrownBy(Mapper::builder)
        .isInstanceOf(MapperException.class)
        .hasMessage(
            "No default connection: call Connections.setDefault(name) with a registered name");
    assertThat(main.execute("SELECT release_version FROM system.local").one()).isNotNull();
  }
}
