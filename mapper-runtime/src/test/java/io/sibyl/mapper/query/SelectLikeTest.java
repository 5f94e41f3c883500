package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Events.BUCKET;
import static io.sibyl.mapper.query.Events.DAY;
import static io.sibyl.mapper.query.Events.NAME;
import static io.sibyl.mapper.query.Events.NOTE;
import static io.sibyl.mapper.query.Events.OWNER;
import static io.sibyl.mapper.query.Events.SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.internal.query.SasiIndex;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.query.Events.Event;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectLikeTest {

  // note: SASI in CONTAINS mode; owner (static): SASI in PREFIX mode; name: a secondary index only.
  private final QueryContext<Event> context =
      new QueryContext<>(
          Events.MODEL,
          "ks",
          Map.of(
              "note", new SasiIndex("events_note_sasi", true),
              "owner", new SasiIndex("events_owner_sasi", false)));

  private SelectQuery<Event, Event> select() {
    return SelectQuery.entities(context);
  }

  @Test
  void should_write_like_with_one_marker() {
    assertThat(select().where(NOTE.like("%x%")).cql())
        .isEqualTo(
            "SELECT day, bucket, at, seq, owner, name, score, note, tags, attrs, log"
                + " FROM ks.events WHERE note LIKE ?");
  }

  @Test
  void should_accept_any_pattern_on_a_contains_mode_index_and_prefixes_on_a_prefix_mode_one() {
    select().where(NOTE.like("%x%")).validate();
    select().where(NOTE.like("%x")).validate();
    select().where(NOTE.like("x%")).validate();
    select().where(NOTE.like("x")).validate();
    select().where(OWNER.like("ad%")).validate();
    select().where(DAY.eq("d"), BUCKET.eq(1), NOTE.like("%x%")).validate();
  }

  @Test
  void should_refuse_a_suffix_or_substring_on_a_prefix_mode_index() {
    assertThatThrownBy(() -> select().where(OWNER.like("%da")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE '%da' on column owner of events matches a suffix or a substring, which needs a"
                + " SASI index in CONTAINS mode, and events_owner_sasi is in PREFIX mode: recreate"
                + " it WITH OPTIONS = {'mode': 'CONTAINS'}, or match a prefix ('abc%')");
  }

  @Test
  void should_refuse_like_without_a_sasi_index_in_the_schema() {
    assertThatThrownBy(() -> Events.table().select().where(NOTE.like("x%")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE on column note of events needs a SASI index on it, and the schema has none:"
                + " declare one with @Index(type = IndexType.SASI_CONTAINS) on 'note', or create"
                + " one with CREATE CUSTOM INDEX ON ks.events (note) USING"
                + " 'org.apache.cassandra.index.sasi.SASIIndex' WITH OPTIONS = {'mode':"
                + " 'CONTAINS'} (the node needs sasi_indexes_enabled: true)");
  }

  @Test
  void should_say_that_a_secondary_index_does_not_serve_like() {
    assertThatThrownBy(() -> select().where(NAME.like("x%")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE on column name of events needs a SASI index on it, and the schema has none (its"
                + " secondary index does not serve LIKE): declare one with @Index(type ="
                + " IndexType.SASI_CONTAINS) on 'name', or create one with CREATE CUSTOM INDEX ON"
                + " ks.events (name) USING 'org.apache.cassandra.index.sasi.SASIIndex' WITH"
                + " OPTIONS = {'mode': 'CONTAINS'} (the node needs sasi_indexes_enabled: true)");
  }

  @Test
  void should_refuse_like_on_a_column_that_is_not_text() {
    assertThatThrownBy(() -> select().where(SCORE.like("1%")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE on column score of events is refused: it holds int values, and LIKE matches"
                + " only text, varchar and ascii columns");
  }

  @Test
  void should_refuse_an_empty_pattern_when_it_is_made() {
    assertThatThrownBy(() -> NOTE.like("%%"))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE on column note of events needs a pattern with at least one character besides"
                + " '%', got '%%'");
    assertThatThrownBy(() -> NOTE.like(null))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE on column note of events needs a pattern with at least one character besides"
                + " '%', got null");
  }

  @Test
  void should_require_filtering_when_like_meets_another_index() {
    assertThatThrownBy(() -> select().where(NOTE.like("%x%"), SCORE.gt(3)).validate())
        .isInstanceOf(FilteringRequiredException.class)
        .hasMessage(
            "Select on events needs ALLOW FILTERING: the SASI index serving LIKE on note does not"
                + " combine with another index, and 2 indexed columns are restricted (note,"
                + " score); restrict one, or call allowFiltering() to accept a scan");
    select().where(NOTE.like("%x%"), SCORE.gt(3)).allowFiltering().validate();
  }

  @Test
  void should_check_the_pattern_of_each_query_before_preparing_its_shape() {
    SelectQuery<Event, Event> prefix = select().where(OWNER.like("ad%"));
    SelectQuery<Event, Event> suffix = select().where(OWNER.like("%da"));
    assertThat(prefix.cql()).isEqualTo(suffix.cql());

    assertThatThrownBy(prefix::statement)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not bound to a mapper");
    assertThatThrownBy(suffix::statement)
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageStartingWith("LIKE '%da' on column owner of events");
  }

  @Test
  void should_accept_like_on_a_declared_sasi_index_without_schema_metadata() {
    SearchDocs.table().select().where(SearchDocs.TITLE.like("%data%")).validate();
    SearchDocs.table().select().where(SearchDocs.TITLE.like("%data")).validate();
    SearchDocs.table().select().where(SearchDocs.BODY.like("Intro%")).validate();
    SearchDocs.table()
        .select()
        .where(SearchDocs.SHELF.eq("a"), SearchDocs.BODY.like("Intro"))
        .validate();
    assertThat(SearchDocs.table().select().where(SearchDocs.TITLE.like("%data%")).cql())
        .isEqualTo("SELECT shelf, title, body, words FROM ks.docs WHERE title LIKE ?");
  }

  @Test
  void should_refuse_a_suffix_or_substring_on_a_declared_prefix_mode_index() {
    assertThatThrownBy(
            () -> SearchDocs.table().select().where(SearchDocs.BODY.like("%tro")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE '%tro' on column body of docs matches a suffix or a substring, which needs a"
                + " SASI index in CONTAINS mode, and its declared index is in PREFIX mode: declare"
                + " it with @Index(type = IndexType.SASI_CONTAINS) on 'body', or match a prefix"
                + " ('abc%')");
    assertThatThrownBy(
            () -> SearchDocs.table().select().where(SearchDocs.BODY.like("%tro%")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageStartingWith("LIKE '%tro%' on column body of docs matches a suffix");
  }

  @Test
  void should_refuse_like_on_a_sparse_mode_index_which_serves_no_text() {
    assertThatThrownBy(
            () -> SearchDocs.table().select().where(SearchDocs.WORDS.like("1%")).validate())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessage(
            "LIKE on column words of docs is refused: it holds int values, and LIKE matches only"
                + " text, varchar and ascii columns");
  }

  @Test
  void should_require_filtering_when_like_on_a_declared_index_meets_another_index() {
    assertThatThrownBy(
            () ->
                SearchDocs.table()
                    .select()
                    .where(SearchDocs.TITLE.like("%a%"), SearchDocs.BODY.like("b%"))
                    .validate())
        .isInstanceOf(FilteringRequiredException.class)
        .hasMessage(
            "Select on docs needs ALLOW FILTERING: the SASI index serving LIKE on title, body does"
                + " not combine with another index, and 2 indexed columns are restricted (title,"
                + " body); restrict one, or call allowFiltering() to accept a scan");
  }
}
