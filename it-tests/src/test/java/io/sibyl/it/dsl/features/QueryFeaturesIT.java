package io.sibyl.it.dsl.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Row;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.Aggregate;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.metamodel.Term;
import io.sibyl.mapper.metamodel.TimeUuids;
import io.sibyl.mapper.metamodel.Token;
import io.sibyl.mapper.query.Projection;
import io.sibyl.mapper.query.QueryTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The query features that came from cqlengine, against the real node. */
class QueryFeaturesIT extends SessionITBase {

  private static Mapper mapper;
  private static QueryTable<FeedItem> items;

  @BeforeAll
  static void createSchema() {
    session.execute(AccountTable.INSTANCE.udts().get(0).createTypeCql(keyspace));
    for (TableDescriptor<?> table :
        List.<TableDescriptor<?>>of(
            FeedItemTable.INSTANCE,
            TextKeyedTable.INSTANCE,
            LongKeyedTable.INSTANCE,
            UuidKeyedTable.INSTANCE,
            CompositeKeyedTable.INSTANCE,
            InstantKeyedTable.INSTANCE,
            GameScoreTable.INSTANCE,
            AccountTable.INSTANCE)) {
      session.execute(table.createTableCql(keyspace));
    }
    mapper = Mapper.builder(session).build();
    items = FeedItem_.table(mapper);
  }

  @BeforeEach
  void truncate() {
    session.execute("TRUNCATE dsl_feed_items");
  }

  @Test
  void should_leave_deferred_columns_out_of_the_select_and_the_entities() {
    UUID id = UUID.fromString("5b6962dd-3f90-11ee-8000-000000000001");
    items.save(
        new FeedItem("news", id, "Title", "A long body", Map.of("k", "v"), List.of("n1", "n2")));

    // tag::defer[]
    List<FeedItem> light =
        items
            .select()
            .defer(FeedItem_.BODY, FeedItem_.NOTES)
            .where(FeedItem_.FEED.eq("news"))
            .list();
    // end::defer[]

    assertThat(light)
        .containsExactly(new FeedItem("news", id, "Title", null, Map.of("k", "v"), null));
    assertThat(items.select().defer(FeedItem_.BODY).cql())
        .isEqualTo("SELECT feed, id, title, labels, notes FROM " + keyspace + ".dsl_feed_items");
  }

  @Test
  void should_make_the_timeuuids_the_server_makes_with_min_and_max_timeuuid() {
    Instant at = Instant.parse("2024-03-01T10:15:30.123456Z");
    session.execute(
        "INSERT INTO dsl_feed_items (feed, id, title) VALUES ('exact', minTimeuuid(?), 'min')", at);
    session.execute(
        "INSERT INTO dsl_feed_items (feed, id, title) VALUES ('exact', maxTimeuuid(?), 'max')", at);

    Map<String, UUID> byTitle = new HashMap<>();
    items
        .select()
        .where(FeedItem_.FEED.eq("exact"))
        .list()
        .forEach(i -> byTitle.put(i.title(), i.id()));

    assertThat(byTitle)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("min", TimeUuids.min(at), "max", TimeUuids.max(at)));
  }

  @Test
  void should_select_a_time_range_of_timeuuids_with_min_and_max_timeuuid() {
    Instant base = Instant.parse("2024-03-01T10:00:00Z");
    // Four items, one per millisecond, with the first and last 100-ns ticks of their milliseconds.
    for (int ms = 0; ms < 4; ms++) {
      long tick = ms % 2 == 0 ? 0 : 9_999;
      items.save(
          new FeedItem(
              "t", timeUuid(base.plusMillis(ms), tick, ms), "item" + ms, null, null, null));
    }
    Instant from = base.plusMillis(1);
    Instant to = base.plusMillis(2);

    // tag::timeuuid[]
    List<String> server =
        items
            .select()
            .where(
                FeedItem_.FEED.eq("t"),
                FeedItem_.ID.gte(Term.minTimeuuid(from)),
                FeedItem_.ID.lte(Term.maxTimeuuid(to)))
            .map(FeedItem::title)
            .list();
    List<String> client =
        items
            .select()
            .where(
                FeedItem_.FEED.eq("t"),
                FeedItem_.ID.gte(TimeUuids.min(from)),
                FeedItem_.ID.lte(TimeUuids.max(to)))
            .map(FeedItem::title)
            .list();
    // end::timeuuid[]

    assertThat(server).containsExactly("item1", "item2");
    assertThat(client).containsExactly("item1", "item2");
  }

  // A version-1 UUID of an instant's millisecond plus tick (100 ns), with some clock and node.
  private static UUID timeUuid(Instant at, long tick, int node) {
    long ticks = (at.toEpochMilli() + 12_219_292_800_000L) * 10_000 + tick;
    long msb =
        (ticks & 0xffffffffL) << 32
            | (ticks & 0xffff00000000L) >>> 16
            | (ticks & 0x0fff000000000000L) >>> 48
            | 0x1000L;
    return new UUID(msb, 0x9000_0000_0000_0000L | 0x1234_0000_0000L | node);
  }

  @Test
  void should_compute_the_token_the_server_computes_for_each_key_type() {
    QueryTable<TextKeyed> texts = TextKeyed_.table(mapper);
    QueryTable<LongKeyed> longs = LongKeyed_.table(mapper);
    QueryTable<UuidKeyed> uuids = UuidKeyed_.table(mapper);
    QueryTable<CompositeKeyed> composites = CompositeKeyed_.table(mapper);
    QueryTable<InstantKeyed> instants = InstantKeyed_.table(mapper);
    for (int i = 0; i < 20; i++) {
      String text = i == 0 ? "k" : "key-" + i + "-\u00e9\u4e2d";
      long number = i * 7_919_000_000_013L - 50;
      UUID uuid = new UUID(i * 0x9e3779b97f4a7c15L, ~i * 0xc2b2ae3d27d4eb4fL);
      Instant at = Instant.ofEpochMilli(1_700_000_000_000L + i * 86_400_123L);
      texts.save(new TextKeyed(text, "v"));
      longs.save(new LongKeyed(number, "v"));
      uuids.save(new UuidKeyed(uuid, "v"));
      composites.save(new CompositeKeyed("r" + i, i - 10, uuid, 1, "v"));
      instants.save(new InstantKeyed(at, i % 2 == 0, "v"));

      assertThat(texts.tokenOf(text))
          .isEqualTo(serverToken("key", "dsl_tok_text", "key = ?", text));
      assertThat(longs.tokenOf(number))
          .isEqualTo(serverToken("key", "dsl_tok_long", "key = ?", number));
      assertThat(uuids.tokenOf(uuid))
          .isEqualTo(serverToken("key", "dsl_tok_uuid", "key = ?", uuid));
      assertThat(composites.tokenOf("r" + i, i - 10, uuid))
          .isEqualTo(
              serverToken(
                  "region, day, device",
                  "dsl_tok_composite",
                  "region = ? AND day = ? AND device = ?",
                  "r" + i,
                  i - 10,
                  uuid));
      assertThat(instants.tokenOf(at, i % 2 == 0))
          .isEqualTo(
              serverToken("at, flag", "dsl_tok_instant", "at = ? AND flag = ?", at, i % 2 == 0));
    }
  }

  @Test
  void should_restrict_by_the_token_of_a_key_computed_client_side() {
    QueryTable<CompositeKeyed> composites = CompositeKeyed_.table(mapper);
    UUID device = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    for (int i = 0; i < 10; i++) {
      composites.save(new CompositeKeyed("r" + i, i, device, 1, "v" + i));
    }

    // tag::token[]
    Token<CompositeKeyed> token =
        Token.of(CompositeKeyed_.REGION, CompositeKeyed_.DAY, CompositeKeyed_.DEVICE);
    long start = composites.tokenOf("r3", 3, device);
    List<CompositeKeyed> after = composites.select().where(token.gt(start)).list();
    // end::token[]

    List<String> expected = new ArrayList<>();
    for (Row row :
        session.execute(
            "SELECT value FROM dsl_tok_composite WHERE token(region, day, device) > ?", start)) {
      expected.add(row.getString(0));
    }
    assertThat(expected).isNotEmpty().hasSizeLessThan(10);
    assertThat(after).extracting(CompositeKeyed::value).containsExactlyElementsOf(expected);
  }

  private static long serverToken(String key, String table, String where, Object... values) {
    return session
        .execute("SELECT token(" + key + ") FROM " + table + " WHERE " + where, values)
        .one()
        .getLong(0);
  }

  @Test
  void should_aggregate_rows_per_group_of_a_key_prefix() {
    QueryTable<GameScore> scores = GameScore_.table(mapper);
    session.execute("TRUNCATE dsl_game_scores");
    scores.save(new GameScore("ada", 2023, 1, 10, 1.5, "a"));
    scores.save(new GameScore("ada", 2023, 2, 20, 2.5, null));
    scores.save(new GameScore("ada", 2024, 1, 7, 4.0, "c"));
    scores.save(new GameScore("bob", 2024, 1, 3, 0.5, "d"));

    // tag::aggregates[]
    Aggregate<GameScore, Long> games = Aggregate.count(GameScoreTable.INSTANCE);
    Aggregate<GameScore, Integer> total = Aggregate.sum(GameScore_.POINTS);
    Aggregate<GameScore, Double> average = Aggregate.avg(GameScore_.RATING);
    List<String> perSeason =
        scores
            .select(GameScore_.SEASON, games, total, average, Aggregate.max(GameScore_.POINTS))
            .where(GameScore_.PLAYER.eq("ada"))
            .groupBy(GameScore_.PLAYER, GameScore_.SEASON)
            .map(
                p ->
                    p.get(GameScore_.SEASON)
                        + ": "
                        + p.get(games)
                        + " games, "
                        + p.get(total)
                        + " points, rating "
                        + p.get(average)
                        + ", best "
                        + p.get(Aggregate.max(GameScore_.POINTS)))
            .list();
    // end::aggregates[]

    assertThat(perSeason)
        .containsExactly(
            "2023: 2 games, 30 points, rating 2.0, best 20",
            "2024: 1 games, 7 points, rating 4.0, best 7");
    Projection<GameScore> all =
        scores
            .select(
                Aggregate.count(GameScore_.NOTE),
                Aggregate.min(GameScore_.RATING),
                Aggregate.max(GameScore_.SEASON))
            .one();
    assertThat(all.values()).containsExactly(3L, 0.5, 2024);
    assertThat(scores.select(GameScore_.PLAYER).groupBy(GameScore_.PLAYER).count()).isEqualTo(2);
  }

  @Test
  void should_apply_a_write_only_if_in_element_and_field_conditions_hold() {
    QueryTable<Account> accounts = Account_.table(mapper);
    accounts.save(
        new Account(
            "a1", "open", Map.of("daily", 100), List.of("created"), new Place("Paris", 75001)));

    // tag::conditions[]
    LwtResult<Account> refused =
        accounts
            .update()
            .set(Account_.STATUS.set("frozen"))
            .where(Account_.ID.eq("a1"))
            .onlyIf(Account_.STATUS.in("new", "closed"))
            .execute();
    LwtResult<Account> applied =
        accounts
            .update()
            .set(Account_.STATUS.set("frozen"))
            .where(Account_.ID.eq("a1"))
            .onlyIf(
                Account_.STATUS.in("new", "open"),
                Account_.LIMITS.value("daily").eq(100),
                Account_.HISTORY.element(0).eq("created"),
                Place_.CITY.of(Account_.HOME).eq("Paris"))
            .execute();
    // end::conditions[]

    assertThat(refused.wasApplied()).isFalse();
    assertThat(applied.wasApplied()).isTrue();
    assertThat(accounts.get("a1").status()).isEqualTo("frozen");

    for (Restriction<Account> failing :
        List.of(
            Account_.LIMITS.value("daily").eq(99),
            Account_.LIMITS.value("weekly").eq(100),
            Account_.HISTORY.element(0).eq("other"),
            Place_.CITY.of(Account_.HOME).eq("Lyon"))) {
      LwtResult<Account> result =
          accounts
              .update()
              .set(Account_.STATUS.set("again"))
              .where(Account_.ID.eq("a1"))
              .onlyIf(failing)
              .execute();
      assertThat(result.wasApplied()).as(failing.toString()).isFalse();
    }
    assertThat(
            accounts
                .delete()
                .where(Account_.ID.eq("a1"))
                .onlyIf(Place_.ZIP.of(Account_.HOME).eq(75001))
                .execute()
                .wasApplied())
        .isTrue();
    assertThat(accounts.get("a1")).isNull();
  }
}
