package io.sibyl.mapper.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.InvalidDslQueryException;
import io.sibyl.mapper.PrimaryKeyChangedException;
import io.sibyl.mapper.metamodel.ColumnChange;
import io.sibyl.mapper.metamodel.ColumnChanges;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.TableMetamodel;
import io.sibyl.mapper.query.Events.Event;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a changed-column update writes, computed without a server. */
class ColumnChangesTest {

  /** The fixture's metamodel with a property reader, as the processor generates it. */
  private static final TableMetamodel<Event> MODEL =
      new TableMetamodel<>(
          Events.TABLE,
          "",
          "events",
          Events.MODEL.columns(),
          Events.MODEL.binder(),
          (Event e, int column) ->
              switch (column) {
                case 0 -> e.day();
                case 1 -> e.bucket();
                case 2 -> e.at();
                case 3 -> e.seq();
                case 4 -> e.owner();
                case 5 -> e.name();
                case 6 -> e.score();
                case 7 -> e.note();
                case 8 -> e.tags();
                case 9 -> e.attrs();
                case 10 -> e.log();
                default -> throw new IndexOutOfBoundsException(column);
              });

  private static final Event BEFORE =
      new Event(
          "mon",
          1,
          10L,
          2,
          "ada",
          "talk",
          5,
          null,
          Set.of("a", "b"),
          Map.of("k1", "v1", "k2", "v2"),
          List.of("x", "y", "x"));

  private static Event with(Set<String> tags, Map<String, String> attrs, List<String> log) {
    return new Event(
        BEFORE.day(),
        BEFORE.bucket(),
        BEFORE.at(),
        BEFORE.seq(),
        BEFORE.owner(),
        BEFORE.name(),
        BEFORE.score(),
        BEFORE.note(),
        tags,
        attrs,
        log);
  }

  private static List<String> kinds(Event after) {
    return ColumnChanges.of(MODEL, BEFORE, after).stream()
        .map(c -> c.columnName() + ":" + c.kind())
        .toList();
  }

  @Test
  void should_find_nothing_when_equal() {
    Event copy = with(Set.of("b", "a"), Map.of("k2", "v2", "k1", "v1"), List.of("x", "y", "x"));
    assertThat(ColumnChanges.of(MODEL, BEFORE, copy)).isEmpty();
  }

  @Test
  void should_set_changed_scalars_including_static_and_null() {
    Event after =
        new Event(
            "mon",
            1,
            10L,
            2,
            "lovelace",
            null,
            6,
            "new",
            BEFORE.tags(),
            BEFORE.attrs(),
            BEFORE.log());
    List<ColumnChange<Event>> changes = ColumnChanges.of(MODEL, BEFORE, after);

    assertThat(changes)
        .extracting(ColumnChange::toString)
        .containsExactly("owner:SET", "name:SET", "score:SET", "note:SET");
    assertThat(changes.get(1).value()).isNull();
    assertThat(changes).allMatch(ColumnChange::isIdempotent);
  }

  @Test
  void should_append_to_a_list_only_when_the_new_list_starts_with_the_old() {
    assertThat(kinds(with(BEFORE.tags(), BEFORE.attrs(), List.of("x", "y", "x", "z"))))
        .containsExactly("log:APPEND");
    ColumnChange<Event> append =
        ColumnChanges.of(
                MODEL, BEFORE, with(BEFORE.tags(), BEFORE.attrs(), List.of("x", "y", "x", "z")))
            .get(0);
    assertThat(append.value()).isEqualTo(List.of("z"));
    assertThat(append.isIdempotent()).isFalse();
    assertThat(kinds(with(BEFORE.tags(), BEFORE.attrs(), List.of("z", "x", "y", "x"))))
        .containsExactly("log:SET");
  }

  @Test
  void should_remove_list_elements_only_when_every_occurrence_goes() {
    assertThat(kinds(with(BEFORE.tags(), BEFORE.attrs(), List.of("y"))))
        .containsExactly("log:REMOVE_ELEMENTS");
    // One "x" of two removed: a removal would remove both, so the list is written whole.
    assertThat(kinds(with(BEFORE.tags(), BEFORE.attrs(), List.of("y", "x"))))
        .containsExactly("log:SET");
    assertThat(kinds(with(BEFORE.tags(), BEFORE.attrs(), List.of()))).containsExactly("log:SET");
  }

  @Test
  void should_add_and_remove_set_elements() {
    List<ColumnChange<Event>> changes =
        ColumnChanges.of(MODEL, BEFORE, with(Set.of("b", "c"), BEFORE.attrs(), BEFORE.log()));
    assertThat(changes)
        .extracting(ColumnChange::toString)
        .containsExactly("tags:ADD", "tags:REMOVE");
    assertThat(changes.get(0).value()).isEqualTo(Set.of("c"));
    assertThat(changes.get(1).value()).isEqualTo(Set.of("a"));
    assertThat(kinds(with(null, BEFORE.attrs(), BEFORE.log()))).containsExactly("tags:REMOVE");
  }

  @Test
  void should_put_and_remove_map_entries() {
    List<ColumnChange<Event>> changes =
        ColumnChanges.of(
            MODEL, BEFORE, with(BEFORE.tags(), Map.of("k1", "v1b", "k3", "v3"), BEFORE.log()));
    assertThat(changes)
        .extracting(ColumnChange::toString)
        .containsExactly("attrs:PUT", "attrs:REMOVE_KEYS");
    assertThat(changes.get(0).value()).isEqualTo(Map.of("k1", "v1b", "k3", "v3"));
    assertThat(changes.get(1).value()).isEqualTo(Set.of("k2"));
  }

  @Test
  void should_write_the_changes_in_one_update_of_the_whole_key() {
    QueryTable<Event> table = QueryTable.unbound(MODEL, "ks");
    Event after = with(Set.of("b", "c"), BEFORE.attrs(), List.of("x", "y", "x", "z"));

    UpdateQuery<Event> update = table.updateOf(BEFORE, after).orElseThrow();

    assertThat(update.cql())
        .isEqualTo(
            "UPDATE ks.events SET tags = tags + ?, tags = tags - ?, log = log + ? WHERE day = ?"
                + " AND bucket = ? AND at = ? AND seq = ?");
    assertThat(table.updateOf(BEFORE, BEFORE)).isEmpty();
  }

  @Test
  void should_refuse_another_key_or_a_null_key() {
    Event moved =
        new Event(
            "tue", 1, 10L, 2, "ada", "talk", 5, null, BEFORE.tags(), BEFORE.attrs(), BEFORE.log());
    Event noKey =
        new Event(
            null, 1, 10L, 2, "ada", "talk", 5, null, BEFORE.tags(), BEFORE.attrs(), BEFORE.log());

    assertThatThrownBy(() -> ColumnChanges.of(MODEL, BEFORE, moved))
        .isInstanceOf(PrimaryKeyChangedException.class)
        .hasMessageContaining("primary key column day differs")
        .hasMessageNotContaining("tue");
    assertThatThrownBy(() -> ColumnChanges.of(MODEL, BEFORE, noKey))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage("Key column day of events cannot be null");
  }

  @Test
  void should_refuse_a_metamodel_without_property_reader() {
    assertThatThrownBy(() -> ColumnChanges.of(Events.MODEL, BEFORE, BEFORE))
        .isInstanceOf(InvalidDslQueryException.class)
        .hasMessageStartingWith("Changed-column updates of table events are not available");
  }
}
