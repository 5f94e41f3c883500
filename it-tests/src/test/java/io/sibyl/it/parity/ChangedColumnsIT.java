package io.sibyl.it.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.PrimaryKeyChangedException;
import io.sibyl.mapper.metamodel.ColumnChange;
import io.sibyl.mapper.query.QueryTable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Changed-column updates ({@code table.update(before, after)} and the repository shape) against the
 * real node: only the changed columns are written (their write times move, the others' stay),
 * collection changes become element operations, and nothing is sent when nothing changed.
 */
class ChangedColumnsIT extends SessionITBase {

  private static final long OLD_WRITE = 1_000_000L;

  private static final CountingTracker tracker = new CountingTracker();
  private static Session tracked;
  private static Mapper mapper;
  private static QueryTable<Member> members;
  private static MemberRepository repository;

  @BeforeAll
  static void createSchema() {
    session.execute(MemberTable.INSTANCE.createTableCql(keyspace));
    tracked = newSession(b -> b.keyspace(keyspace).addRequestTracker(tracker));
    mapper = Mapper.builder(tracked).keyspace(keyspace).build();
    members = mapper.table(Member.class);
    repository = mapper.repository(MemberRepository.class);
  }

  @AfterAll
  static void closeTracked() {
    if (tracked != null) {
      mapper.close();
      tracked.close();
    }
  }

  private static Member stored() {
    Member member =
        new Member(
            UUID.randomUUID(),
            "ada",
            "ada@example.com",
            3,
            List.of("a", "b"),
            Set.of("t1", "t2"),
            Map.of("k1", 1, "k2", 2));
    // An old write time for every column, so that rewritten columns stand out.
    members.insert(member).usingTimestamp(OLD_WRITE).execute();
    return member;
  }

  private static Row writeTimes(UUID id) {
    return session
        .execute(
            "SELECT writetime(name), writetime(email), writetime(visits) FROM parity_members"
                + " WHERE id = ?",
            id)
        .one();
  }

  @Test
  void should_write_only_the_changed_column() {
    Member before = stored();
    // tag::update[]
    Member after = before.withName("lovelace");
    boolean sent = members.update(before, after); // UPDATE ... SET name = ? WHERE id = ?
    // end::update[]

    assertThat(sent).isTrue();

    Row times = writeTimes(before.id());
    assertThat(times.getLong(0)).as("writetime(name)").isGreaterThan(OLD_WRITE);
    assertThat(times.getLong(1)).as("writetime(email)").isEqualTo(OLD_WRITE);
    assertThat(times.getLong(2)).as("writetime(visits)").isEqualTo(OLD_WRITE);
    assertThat(members.get(before.id())).isEqualTo(after);
  }

  @Test
  void should_write_only_the_changed_column_through_the_repository() {
    Member before = stored();
    Member after = before.withName("byron");

    repository.update(before, after);

    Row times = writeTimes(before.id());
    assertThat(times.getLong(0)).isGreaterThan(OLD_WRITE);
    assertThat(times.getLong(1)).isEqualTo(OLD_WRITE);
    assertThat(repository.findById(before.id())).isEqualTo(after);
  }

  @Test
  void should_send_nothing_when_nothing_changed() {
    Member before = stored();
    Member same =
        new Member(
            before.id(),
            "ada",
            "ada@example.com",
            3,
            List.of("a", "b"),
            Set.of("t2", "t1"),
            Map.of("k2", 2, "k1", 1));
    int start = tracker.count();

    assertThat(members.update(before, same)).isFalse();
    assertThat(members.updateAsync(before, same).toCompletableFuture().join()).isFalse();
    assertThat(repository.updateIfChanged(before, same)).isFalse();
    assertThat(repository.updateIfChangedAsync(before, same).toCompletableFuture().join())
        .isFalse();
    repository.update(before, same);

    assertThat(tracker.since(start)).isEmpty();
    assertThat(members.changes(before, same)).isEmpty();
  }

  @Test
  void should_turn_collection_changes_into_element_operations() {
    Member before = stored();
    // Another writer changes the collections after `before` was read: element operations keep
    // its elements, a whole-value write would lose them.
    session.execute(
        "UPDATE parity_members SET history = history + ['x'], tags = tags + {'z'},"
            + " scores = scores + {'k9': 9} WHERE id = ?",
        before.id());
    Member after =
        before.withCollections(
            List.of("a", "b", "c"), Set.of("t2", "t3"), Map.of("k1", 10, "k3", 3));

    // tag::changes[]
    List<ColumnChange<Member>> changes = members.changes(before, after);
    // history:APPEND, tags:ADD, tags:REMOVE, scores:PUT, scores:REMOVE_KEYS
    // end::changes[]
    assertThat(changes)
        .extracting(c -> c.columnName() + ":" + c.kind())
        .containsExactly(
            "history:APPEND", "tags:ADD", "tags:REMOVE", "scores:PUT", "scores:REMOVE_KEYS");
    assertThat(members.update(before, after)).isTrue();

    Member read = members.get(before.id());
    assertThat(read.history()).containsExactly("a", "b", "x", "c");
    assertThat(read.tags()).containsExactlyInAnyOrder("t2", "t3", "z");
    assertThat(read.scores())
        .containsExactlyInAnyOrderEntriesOf(Map.of("k1", 10, "k3", 3, "k9", 9));
    assertThat(read.name()).isEqualTo("ada");
  }

  @Test
  void should_remove_list_elements_and_rewrite_other_list_changes() {
    Member before = stored();
    Member removed = before.withCollections(List.of("b"), before.tags(), before.scores());
    Member reordered = before.withCollections(List.of("b", "a"), before.tags(), before.scores());

    assertThat(members.changes(before, removed))
        .extracting(c -> c.columnName() + ":" + c.kind())
        .containsExactly("history:REMOVE_ELEMENTS");
    assertThat(members.changes(before, reordered))
        .extracting(c -> c.columnName() + ":" + c.kind())
        .containsExactly("history:SET");
    repository.update(before, removed);
    assertThat(members.get(before.id()).history()).containsExactly("b");
  }

  @Test
  void should_infer_idempotence_from_the_changes() {
    Member before = stored();
    Member appended =
        before.withCollections(List.of("a", "b", "c"), before.tags(), before.scores());
    Member renamed = before.withName("grace");

    BoundStatement append = members.updateOf(before, appended).orElseThrow().statement();
    BoundStatement rename = members.updateOf(before, renamed).orElseThrow().statement();

    assertThat(append.idempotent()).as("a list append applied twice appends twice").isFalse();
    assertThat(rename.idempotent()).isTrue();
  }

  @Test
  void should_refuse_a_changed_primary_key_and_send_nothing() {
    Member before = stored();
    Member other =
        new Member(
            UUID.randomUUID(),
            before.name(),
            before.email(),
            before.visits(),
            before.history(),
            before.tags(),
            before.scores());
    int start = tracker.count();

    assertThatThrownBy(() -> members.update(before, other))
        .isInstanceOf(PrimaryKeyChangedException.class)
        .hasMessage(
            "Changed-column update of table parity_members: primary key column id differs between"
                + " before and after, so they are two rows: to move the entity, save(after) and"
                + " delete(before)");
    assertThatThrownBy(() -> repository.update(before, other))
        .isInstanceOf(PrimaryKeyChangedException.class)
        .hasMessageNotContaining(before.id().toString());
    assertThat(tracker.since(start)).isEmpty();
  }

  @Test
  void should_write_null_when_a_property_becomes_null() {
    Member before = stored();
    Member after =
        new Member(before.id(), null, before.email(), 3, before.history(), before.tags(), null);

    repository.update(before, after);

    Member read = repository.findById(before.id());
    assertThat(read.name()).isNull();
    assertThat(read.scores()).isNullOrEmpty();
    assertThat(read.email()).isEqualTo(before.email());
  }
}
