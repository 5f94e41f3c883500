package io.sibyl.it.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.NotFoundException;
import io.sibyl.mapper.TooManyResultsException;
import io.sibyl.mapper.query.QueryTable;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code NotFoundException} and {@code TooManyResultsException} from the DSL: typed, naming the
 * table and the query, never the bound values.
 */
class TypedResultsIT extends SessionITBase {

  private static Mapper mapper;
  private static QueryTable<Visit> visits;
  private static VisitRepository repository;

  @BeforeAll
  static void createSchema() {
    session.execute(VisitTable.INSTANCE.createTableCql(keyspace));
    mapper = Mapper.builder(session).keyspace(keyspace).build();
    visits = mapper.table(Visit.class);
    repository = mapper.repository(VisitRepository.class);
    visits.save(new Visit("ada-secret", 1, "library"));
    visits.save(new Visit("ada-secret", 2, "garden"));
  }

  @AfterAll
  static void closeMapper() {
    mapper.close();
  }

  @Test
  void should_return_the_entity_of_an_existing_key() {
    // tag::get[]
    Visit visit = visits.getOrThrow("ada-secret", 1); // NotFoundException when absent
    // end::get[]
    assertThat(visit).isEqualTo(new Visit("ada-secret", 1, "library"));
  }

  @Test
  void should_throw_not_found_naming_the_table_and_query_but_not_the_key() {
    assertThatThrownBy(() -> visits.getOrThrow("bob-secret", 7))
        .isInstanceOf(NotFoundException.class)
        .isInstanceOf(MapperException.class)
        .hasMessage(
            "No row of table parity_visits matched SELECT member, seq, room FROM "
                + keyspace
                + ".parity_visits WHERE member = ? AND seq = ?: check the key, or read it with a"
                + " call that returns null or Optional when there is none (get(), one(), first())")
        .hasMessageNotContaining("bob-secret");
    assertThatThrownBy(() -> visits.select().where(Visit_.MEMBER.eq("bob-secret")).oneOrThrow())
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).table()).isEqualTo("parity_visits"));
  }

  @Test
  void should_throw_too_many_results_from_one_when_several_rows_match() {
    assertThatThrownBy(() -> visits.select().where(Visit_.MEMBER.eq("ada-secret")).one())
        .isInstanceOf(TooManyResultsException.class)
        .isInstanceOf(MapperException.class)
        .hasMessage(
            "Expected at most one row from SELECT member, seq, room FROM "
                + keyspace
                + ".parity_visits WHERE member = ? (table parity_visits) but got more: restrict"
                + " the query further, or use first() or list()")
        .hasMessageNotContaining("ada-secret");
    assertThatThrownBy(() -> visits.select().where(Visit_.MEMBER.eq("ada-secret")).oneOrThrow())
        .isInstanceOf(TooManyResultsException.class);
    assertThatThrownBy(
            () ->
                visits
                    .select()
                    .where(Visit_.MEMBER.eq("ada-secret"))
                    .oneAsync()
                    .toCompletableFuture()
                    .join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(TooManyResultsException.class);
  }

  @Test
  void should_return_the_one_row_or_null() {
    assertThat(visits.select().where(Visit_.MEMBER.eq("ada-secret"), Visit_.SEQ.eq(2)).oneOrThrow())
        .isEqualTo(new Visit("ada-secret", 2, "garden"));
    assertThat(visits.select().where(Visit_.MEMBER.eq("nobody")).one()).isNull();
  }

  @Test
  void should_throw_the_exceptions_a_repository_method_declares() {
    assertThat(repository.findByMemberAndSeq("ada-secret", 2))
        .isEqualTo(new Visit("ada-secret", 2, "garden"));
    assertThatThrownBy(() -> repository.findByMemberAndSeq("bob-secret", 1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageStartingWith("No row of table parity_visits matched SELECT")
        .hasMessageNotContaining("bob-secret");
    assertThatThrownBy(() -> repository.findByMember("ada-secret"))
        .isInstanceOf(TooManyResultsException.class)
        .hasMessageContaining("(table parity_visits)")
        .hasMessageNotContaining("ada-secret");
    assertThat(repository.findByMember("nobody")).isNull();
    assertThatThrownBy(() -> repository.onlyVisitOf("nobody").toCompletableFuture().join())
        .hasCauseInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> repository.onlyVisitOf("ada-secret").toCompletableFuture().join())
        .hasCauseInstanceOf(TooManyResultsException.class);
  }
}
