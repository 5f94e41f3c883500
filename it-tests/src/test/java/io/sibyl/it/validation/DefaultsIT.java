package io.sibyl.it.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Row;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.query.QueryTable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @Default} against a real node: generated keys (random and time-based UUIDs), insert times,
 * constants, set on beans and written as copies of records; values given by the caller kept; never
 * applied by updates.
 */
class DefaultsIT extends SessionITBase {

  // 100-nanosecond intervals between 1582-10-15 and 1970-01-01.
  private static final long GREGORIAN_OFFSET = 0x01B21DD213814000L;

  private static MemberRepository members;
  private static LogEntryRepository entries;
  private static QueryTable<Member> table;

  @BeforeAll
  static void createSchema() {
    session.execute(MemberTable.INSTANCE.createTableCql(keyspace));
    session.execute(LogEntryTable.INSTANCE.createTableCql(keyspace));
    Mapper mapper = Mapper.builder(session).build();
    members = mapper.repository(MemberRepository.class);
    entries = mapper.repository(LogEntryRepository.class);
    table = Member_.table(mapper);
  }

  private static Member withoutDefaults(String name) {
    return new Member(null, name, null, null, null, Set.of("user"), null, null);
  }

  private static Row byName(String name) {
    List<Row> rows =
        session
            .execute(
                "SELECT id, plan, joined_at FROM members WHERE name = '"
                    + name
                    + "' ALLOW FILTERING")
            .all();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void should_generate_a_random_key_a_constant_and_the_insert_time_for_a_repository_insert() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    members.save(withoutDefaults("def-repo"));

    Row row = byName("def-repo");
    UUID id = row.getUuid("id");
    assertThat(id.version()).isEqualTo(4);
    assertThat(row.getString("plan")).isEqualTo("basic");
    assertThat(row.getInstant("joined_at")).isBetween(before, Instant.now());
    assertThat(members.get(id).name()).isEqualTo("def-repo");
  }

  @Test
  void should_generate_a_new_key_for_each_insert() {
    members.save(withoutDefaults("def-twice"));
    members.save(withoutDefaults("def-twice-2"));

    assertThat(byName("def-twice").getUuid("id")).isNotEqualTo(byName("def-twice-2").getUuid("id"));
  }

  @Test
  void should_keep_the_values_the_caller_gave() {
    UUID id = UUID.randomUUID();
    Instant joined = Instant.parse("2020-02-02T10:00:00Z");
    Member given = new Member(id, "def-kept", null, null, null, Set.of("user"), "gold", joined);

    members.save(given);

    assertThat(members.get(id)).isEqualTo(given);
  }

  @Test
  void should_return_the_record_as_written_from_prepare_insert_so_callers_learn_the_key() {
    // tag::prepare[]
    Member written = table.prepareInsert(withoutDefaults("def-dsl"));
    table.save(written);
    // end::prepare[]

    assertThat(written.id()).isNotNull();
    assertThat(written.plan()).isEqualTo("basic");
    assertThat(table.get(written.id())).isEqualTo(written);
    assertThat(table.prepareInsert(written)).isSameAs(written);
  }

  @Test
  void should_apply_defaults_to_dsl_inserts() {
    table.insert(withoutDefaults("def-insert")).usingTtl(3600).execute();

    Row row = byName("def-insert");
    assertThat(row.getUuid("id").version()).isEqualTo(4);
    assertThat(row.getString("plan")).isEqualTo("basic");
  }

  @Test
  void should_set_time_based_keys_times_and_constants_on_a_bean() {
    LogEntry first = new LogEntry("def-bean", "started");
    LogEntry second = new LogEntry("def-bean", "stopped");
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    entries.save(first);
    entries.save(second);

    assertThat(first.getAt().version()).isEqualTo(1);
    long millis = (first.getAt().timestamp() - GREGORIAN_OFFSET) / 10_000;
    assertThat(Instant.ofEpochMilli(millis)).isBetween(before, Instant.now());
    assertThat(second.getAt().timestamp()).isGreaterThan(first.getAt().timestamp());
    assertThat(first.getRecordedAt()).isBetween(before, Instant.now());
    assertThat(first.getDay())
        .isIn(LocalDate.now(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC).minusDays(1));
    assertThat(first.getPriority()).isEqualTo(3);
    assertThat(first.getLevel()).isEqualTo(LogEntry.Level.LOW);
    // Rows come back in timeuuid order, as the server compares the generated keys.
    assertThat(entries.bySource("def-bean")).containsExactly(first, second);
  }

  @Test
  void should_not_apply_defaults_on_update() {
    UUID id = UUID.randomUUID();
    Instant joined = Instant.parse("2021-03-04T05:06:07Z");
    members.save(new Member(id, "def-update", null, null, null, Set.of("user"), "gold", joined));

    members.update(new Member(id, "def-update", null, 40, null, Set.of("user"), null, null));

    Member read = members.get(id);
    assertThat(read.plan()).isEqualTo("gold");
    assertThat(read.joinedAt()).isEqualTo(joined);
    assertThat(read.age()).isEqualTo(40);
  }

  @Test
  void should_write_the_insert_time_within_a_second() {
    Member written = table.prepareInsert(withoutDefaults("def-now"));

    assertThat(Duration.between(written.joinedAt(), Instant.now()))
        .isLessThan(Duration.ofSeconds(1));
  }
}
