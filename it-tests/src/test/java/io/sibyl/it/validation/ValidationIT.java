package io.sibyl.it.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Session;
import io.sibyl.driver.Statement;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.EntityValidationException;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.Violation;
import io.sibyl.mapper.query.QueryBatch;
import io.sibyl.mapper.query.QueryTable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Constraints checked by generated code before each write, against a real node: an invalid entity
 * fails with every violation listed and no request leaves the client (counted by a request
 * tracker), from repositories and from the DSL alike.
 */
class ValidationIT extends SessionITBase {

  private static final AtomicInteger REQUESTS = new AtomicInteger();
  // Counts every request of the sessions it is added to, PREPAREs included.
  private static final RequestTracker COUNTER =
      new RequestTracker() {
        @Override
        public Object onStart(Statement<?> statement) {
          REQUESTS.incrementAndGet();
          return null;
        }
      };
  private static Session tracked;
  private static MemberRepository members;
  private static QueryTable<Member> table;
  private static Mapper mapper;

  @BeforeAll
  static void createSchema() {
    session.execute(MemberTable.INSTANCE.createTableCql(keyspace));
    tracked = newSession(builder -> builder.keyspace(keyspace).addRequestTracker(COUNTER));
    mapper = Mapper.builder(tracked).build();
    members = mapper.repository(MemberRepository.class);
    table = Member_.table(mapper);
    // Prepares every statement the tests use, so that a refused write would be the only request.
    Member warm = valid(UUID.randomUUID());
    members.save(warm);
    members.saveAsync(warm).toCompletableFuture().join();
    members.create(warm);
    members.update(warm);
    table.save(warm);
    table.saveIfAbsent(warm);
    members.delete(warm);
  }

  @AfterAll
  static void closeTracked() {
    tracked.close();
  }

  private static Member valid(UUID id) {
    return new Member(
        id,
        "Ada",
        "ada@example.com",
        36,
        "GB",
        Set.of("admin"),
        "basic",
        Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  private static Member invalid(UUID id) {
    return new Member(id, " ", "ada-at-example", 12, "gb", Set.of(), "vip", null);
  }

  /** Runs a refused write; checks that nothing was sent; returns the exception. */
  private static EntityValidationException refused(ThrowingCallable write) {
    int before = REQUESTS.get();
    EntityValidationException[] caught = new EntityValidationException[1];
    assertThatThrownBy(write)
        .satisfies(
            e -> {
              Throwable t = e instanceof CompletionException ? e.getCause() : e;
              assertThat(t).isInstanceOf(EntityValidationException.class);
              caught[0] = (EntityValidationException) t;
            });
    assertThat(REQUESTS.get()).as("requests sent").isEqualTo(before);
    return caught[0];
  }

  @Test
  void should_list_every_violation_and_send_nothing_when_a_repository_insert_is_invalid() {
    UUID id = UUID.randomUUID();

    EntityValidationException e = refused(() -> members.save(invalid(id)));

    assertThat(e.entityType()).isEqualTo(Member.class);
    assertThat(e.violations())
        .extracting(Violation::property, Violation::constraint, Violation::message)
        .containsExactly(
            tuple("name", "NotBlank", "must not be blank"),
            tuple("email", "Email", "must be a well-formed email address"),
            tuple("age", "Min", "must be greater than or equal to 18"),
            tuple("country", "Pattern", "must match \"[A-Z]{2}\""),
            tuple("roles", "NotEmpty", "must not be empty"),
            tuple("plan", "VipAge", "vip members must be 21 or older"));
    assertThat(e)
        .hasMessageStartingWith("Invalid Member, the insert was not sent (6 violations): ")
        .hasMessageNotContaining("ada-at-example");
    assertThat(members.get(id)).isNull();
  }

  @Test
  void should_refuse_asynchronous_and_conditional_repository_inserts() {
    UUID id = UUID.randomUUID();

    refused(() -> members.saveAsync(invalid(id)).toCompletableFuture().join());
    refused(() -> members.create(invalid(id)));

    assertThat(members.get(id)).isNull();
  }

  @Test
  void
      should_fail_the_returned_stage_not_throw_when_an_async_insert_on_a_prepared_statement_is_invalid() {
    UUID id = UUID.randomUUID();
    int before = REQUESTS.get();

    // The statement is prepared (createSchema): the generated method binds at once, and the
    // refusal still comes as a failed stage, as it does on the first call.
    CompletableFuture<Void> stage = members.saveAsync(invalid(id)).toCompletableFuture();

    assertThat(stage).isCompletedExceptionally();
    assertThatThrownBy(stage::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(EntityValidationException.class)
        .hasMessageStartingWith("Invalid Member, the insert was not sent");
    assertThat(REQUESTS.get()).as("requests sent").isEqualTo(before);
    assertThat(members.get(id)).isNull();
  }

  @Test
  void should_refuse_an_invalid_update_and_leave_the_row_as_it_was() {
    UUID id = UUID.randomUUID();
    Member stored = valid(id);
    members.save(stored);
    Member changed =
        new Member(id, "Ada", "ada@example.com", 200, "GB", Set.of("admin"), "basic", null);

    EntityValidationException e = refused(() -> members.update(changed));

    assertThat(e)
        .hasMessage(
            "Invalid Member, the update was not sent (1 violation): age must be less than or"
                + " equal to 130 (@Max). Fix the entity before writing it");
    assertThat(members.get(id)).isEqualTo(stored);
  }

  @Test
  void should_run_the_entity_hook_after_valid_property_checks() {
    UUID id = UUID.randomUUID();
    Member vip = new Member(id, "Bo", null, 19, null, Set.of("user"), "vip", null);

    EntityValidationException e = refused(() -> members.save(vip));

    assertThat(e.violations())
        .containsExactly(new Violation("plan", "VipAge", "vip members must be 21 or older"));
    members.save(new Member(id, "Bo", null, 21, null, Set.of("user"), "vip", null));
    assertThat(members.get(id).plan()).isEqualTo("vip");
  }

  @Test
  void should_validate_every_dsl_write_of_an_entity() {
    UUID id = UUID.randomUUID();
    Member bad = invalid(id);

    refused(() -> table.save(bad));
    refused(() -> table.saveAsync(bad).toCompletableFuture().join());
    refused(() -> table.saveIfAbsent(bad));
    refused(() -> table.insert(bad).usingTtl(60).execute());
    refused(() -> table.saveTo(QueryBatch.logged(batchMapper()), bad));
    refused(() -> table.saveStatement(bad));

    assertThat(table.get(id)).isNull();
  }

  @Test
  void should_send_nothing_at_all_from_a_repository_whose_statement_is_not_prepared_yet() {
    UUID id = UUID.randomUUID();
    // A new session has prepared nothing: a check after the PREPARE would be seen.
    try (Session other =
        newSession(builder -> builder.keyspace(keyspace).addRequestTracker(COUNTER))) {
      MemberRepository fresh = Mapper.builder(other).build().repository(MemberRepository.class);

      refused(() -> fresh.save(invalid(id)));
      refused(() -> fresh.update(invalid(id)));

      assertThat(fresh.get(id)).isNull();
    }
  }

  @Test
  void should_check_the_values_a_dsl_update_sets() {
    UUID id = UUID.randomUUID();
    Member stored = valid(id);
    table.save(stored);

    // A shape never prepared before: not even its PREPARE is sent.
    EntityValidationException e =
        refused(
            () ->
                table
                    .update()
                    .set(Member_.NAME.set(" "), Member_.AGE.set(12), Member_.PLAN.set("vip"))
                    .where(Member_.ID.eq(id))
                    .execute());

    assertThat(e.violations())
        .containsExactly(
            new Violation("name", "NotBlank", "must not be blank"),
            new Violation("age", "Min", "must be greater than or equal to 18"));
    assertThat(e).hasMessageStartingWith("Invalid Member, the update was not sent (2 violations)");
    assertThat(table.get(id)).isEqualTo(stored);
    table.update().set(Member_.AGE.set(40)).where(Member_.ID.eq(id)).execute();
    assertThat(table.get(id).age()).isEqualTo(40);
  }

  @Test
  void should_write_a_valid_entity_at_the_bounds_of_its_constraints() {
    UUID id = UUID.randomUUID();
    Member edge =
        new Member(id, "x".repeat(20), "", 130, "ZZ", Set.of("a"), "basic", Instant.EPOCH);

    table.save(edge);

    assertThat(table.get(id)).isEqualTo(edge);
  }

  @Test
  void should_not_validate_a_delete() {
    UUID id = UUID.randomUUID();
    members.save(valid(id));

    members.delete(invalid(id));

    assertThat(members.get(id)).isNull();
  }

  private static Mapper batchMapper() {
    return mapper;
  }
}
