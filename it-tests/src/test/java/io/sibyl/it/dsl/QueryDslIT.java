package io.sibyl.it.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.PagingIterable;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.query.FilteringRequiredException;
import io.sibyl.mapper.query.InvalidOrderingException;
import io.sibyl.mapper.query.Projection;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.query.SelectQuery;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryDslIT extends SessionITBase {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static Mapper mapper;
  private static QueryTable<Post> posts;
  private static QueryTable<Reading> readings;
  private static QueryTable<PageHits> hits;

  @BeforeAll
  static void createSchema() {
    for (TableDescriptor<?> table :
        List.<TableDescriptor<?>>of(
            PostTable.INSTANCE, ReadingTable.INSTANCE, PageHitsTable.INSTANCE)) {
      session.execute(table.createTableCql(keyspace));
      table.createIndexesCql(keyspace).forEach(session::execute);
    }
    mapper = Mapper.builder(session).build();
    posts = Post_.table(mapper);
    readings = Reading_.table(mapper);
    hits = PageHits_.table(mapper);
  }

  @BeforeEach
  void clear() {
    session.execute("TRUNCATE dsl_posts");
    session.execute("TRUNCATE dsl_readings");
    session.execute("TRUNCATE dsl_page_hits");
    for (int i = 0; i < 5; i++) {
      posts.save(post("b1", i, "title" + i, Set.of("t" + i, "all")));
    }
    posts.save(post("b2", 0, "other", Set.of("x")));
  }

  private static Post post(String blog, int minute, String title, Set<String> tags) {
    return new Post(
        blog,
        T0.plusSeconds(60L * minute),
        "Blog " + blog,
        title,
        "body",
        minute,
        List.of("c"),
        tags,
        Map.of("ada", minute));
  }

  @Test
  void should_save_get_and_delete_entities() {
    Post first = posts.get("b1", T0);
    assertThat(first.title()).isEqualTo("title0");
    assertThat(first.tags()).containsExactlyInAnyOrder("t0", "all");

    posts.delete(first);
    assertThat(posts.get("b1", T0)).isNull();

    posts.deleteByKey("b1", T0.plusSeconds(60));
    assertThat(posts.select().where(Post_.BLOG.eq("b1")).count()).isEqualTo(3);
  }

  @Test
  void should_report_the_current_row_when_save_if_absent_is_not_applied() {
    LwtResult<Post> result = posts.saveIfAbsent(post("b1", 0, "again", Set.of()));

    assertThat(result.wasApplied()).isFalse();
    assertThat(result.current()).hasValueSatisfying(p -> assertThat(p.title()).isEqualTo("title0"));
    assertThat(posts.saveIfAbsent(post("b3", 0, "new", Set.of())).wasApplied()).isTrue();
  }

  @Test
  void should_select_with_equality_and_ranges_on_clustering_columns() {
    List<Post> found =
        posts
            .select()
            .where(Post_.BLOG.eq("b1"))
            .where(Post_.POSTED_AT.gt(T0), Post_.POSTED_AT.lte(T0.plusSeconds(180)))
            .list();
    assertThat(found).extracting(Post::title).containsExactly("title1", "title2", "title3");

    assertThat(
            posts
                .select()
                .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.gte(T0.plusSeconds(180)))
                .list())
        .hasSize(2);
    assertThat(
            posts
                .select()
                .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.lt(T0.plusSeconds(60)))
                .list())
        .extracting(Post::title)
        .containsExactly("title0");
  }

  @Test
  void should_select_with_in_order_limit_and_per_partition_limit() {
    List<Post> firstOfEach =
        posts.select().where(Post_.BLOG.in("b1", "b2")).perPartitionLimit(2).limit(3).list();

    assertThat(firstOfEach).extracting(Post::blog).containsOnly("b1", "b2").hasSize(3);
    assertThatThrownBy(
            () ->
                posts
                    .select()
                    .where(Post_.BLOG.in("b1", "b2"))
                    .orderBy(Post_.POSTED_AT.desc())
                    .list())
        .isInstanceOf(InvalidOrderingException.class);
    assertThat(posts.select().where(Post_.BLOG.eq("b1")).orderBy(Post_.POSTED_AT.desc()).first())
        .hasValueSatisfying(p -> assertThat(p.title()).isEqualTo("title4"));
    assertThat(
            posts
                .select()
                .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.in(T0, T0.plusSeconds(120)))
                .list())
        .extracting(Post::title)
        .containsExactly("title0", "title2");
  }

  @Test
  void should_select_through_indexes() {
    assertThat(posts.select().where(Post_.TITLE.eq("title3")).one().likes()).isEqualTo(3);
    assertThat(posts.select().where(Post_.TAGS.contains("all")).count()).isEqualTo(5);
    assertThat(posts.select().where(Post_.RATINGS.containsKey("ada")).count()).isEqualTo(6);
    assertThat(posts.select().where(Post_.LIKES.gte(3)).list()).hasSize(2);
  }

  @Test
  void should_filter_when_asked() {
    assertThat(posts.select().where(Post_.BODY.eq("body")).allowFiltering().count()).isEqualTo(6);
  }

  @Test
  void should_refuse_a_query_that_needs_filtering_with_a_message_saying_what_to_add() {
    assertThatThrownBy(() -> posts.select().where(Post_.BODY.eq("body")).list())
        .isInstanceOf(FilteringRequiredException.class)
        .hasMessage(
            "Select on dsl_posts needs ALLOW FILTERING: column body is not part of the primary"
                + " key and has no index; add @Index to property 'body' or restrict the key"
                + " instead, or call allowFiltering() to accept a scan");
  }

  @Test
  void should_refuse_in_on_the_first_of_two_partition_key_columns() {
    assertThatThrownBy(
            () -> readings.select().where(Reading_.SENSOR.in("a", "b"), Reading_.DAY.eq(1)).list())
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("only the last partition key column (day) takes IN");

    readings.save(new Reading("a", 1, 10, 1.5));
    readings.save(new Reading("a", 2, 10, 2.5));
    assertThat(readings.select().where(Reading_.SENSOR.eq("a"), Reading_.DAY.in(1, 2)).list())
        .extracting(Reading::value)
        .containsExactlyInAnyOrder(1.5, 2.5);
  }

  @Test
  void should_project_columns_into_rows() {
    List<Projection<Post>> rows =
        posts.select(Post_.TITLE, Post_.LIKES, Post_.TAGS).where(Post_.BLOG.eq("b2")).list();

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get(Post_.TITLE)).isEqualTo("other");
    assertThat(rows.get(0).get(Post_.LIKES)).isZero();
    assertThat(rows.get(0).get(Post_.TAGS)).containsExactly("x");
  }

  @Test
  void should_page_and_resume_from_a_paging_state() {
    SelectQuery<Post, Post> query = posts.select().where(Post_.BLOG.eq("b1")).pageSize(2);

    PagingIterable<Post> first = query.page();
    List<String> seen = new ArrayList<>();
    for (int i = first.availableWithoutFetching(); i > 0; i--) {
      seen.add(first.one().title());
    }
    ByteBuffer state = first.pagingState();
    assertThat(state).isNotNull();
    query.pagingState(state).stream().forEach(p -> seen.add(p.title()));

    assertThat(seen).containsExactly("title0", "title1", "title2", "title3", "title4");
  }

  @Test
  void should_run_asynchronously_with_options() throws Exception {
    SelectQuery<Post, Post> query =
        posts
            .select()
            .where(Post_.BLOG.eq("b1"))
            .consistency(Consistency.ONE)
            .timeout(Duration.ofSeconds(5))
            .pageSize(3);

    assertThat(query.listAsync().toCompletableFuture().get(10, TimeUnit.SECONDS)).hasSize(5);
    assertThat(query.countAsync().toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo(5);
    AsyncPage<Post> page = query.pageAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(page.currentPage()).hasSize(3);
    assertThat(page.hasMorePages()).isTrue();
  }

  @Test
  void should_update_values_and_collections() {
    Instant at = T0;
    posts
        .update()
        .set(Post_.TITLE.set("renamed"), Post_.BLOG_NAME.set("Renamed blog"))
        .set(Post_.COMMENTS.append(List.of("d")), Post_.COMMENTS.prepend(List.of("a")))
        .set(Post_.TAGS.add(Set.of("new")), Post_.RATINGS.put("bob", 7))
        .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(at))
        .execute();
    posts
        .update()
        .set(Post_.TAGS.remove(Set.of("t0")), Post_.RATINGS.remove(Set.of("ada")))
        .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(at))
        .executeAsync()
        .toCompletableFuture()
        .join();

    Post updated = posts.get("b1", at);
    assertThat(updated.title()).isEqualTo("renamed");
    assertThat(updated.comments()).containsExactly("a", "c", "d");
    assertThat(updated.tags()).containsExactlyInAnyOrder("all", "new");
    assertThat(updated.ratings()).containsExactly(Map.entry("bob", 7));
    assertThat(posts.get("b1", T0.plusSeconds(60)).blogName()).isEqualTo("Renamed blog");
  }

  @Test
  void should_mark_list_additions_and_counters_as_not_idempotent() {
    assertThat(
            posts
                .update()
                .set(Post_.TITLE.set("t"), Post_.TAGS.add(Set.of("x")))
                .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0))
                .statement()
                .idempotent())
        .isTrue();
    assertThat(
            posts
                .update()
                .set(Post_.COMMENTS.append(List.of("x")))
                .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0))
                .statement()
                .idempotent())
        .isFalse();
    assertThat(
            hits.update()
                .set(PageHits_.HITS.increment(1))
                .where(PageHits_.PAGE.eq("/"))
                .statement()
                .idempotent())
        .isFalse();
  }

  @Test
  void should_update_with_ttl_and_timestamp() {
    posts
        .update()
        .set(Post_.BODY.set("short-lived"))
        .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0))
        .usingTtl(3600)
        .usingTimestamp(Long.MAX_VALUE / 2)
        .execute();

    assertThat(
            session
                .execute(
                    "SELECT ttl(body), writetime(body) FROM dsl_posts WHERE blog = 'b1' AND"
                        + " posted_at = '2026-01-01T00:00:00Z'")
                .one())
        .satisfies(
            row -> {
              assertThat(row.getInt(0)).isBetween(3500, 3600);
              assertThat(row.getLong(1)).isEqualTo(Long.MAX_VALUE / 2);
            });
  }

  @Test
  void should_increment_and_decrement_counters() {
    hits.update().set(PageHits_.HITS.increment(5)).where(PageHits_.PAGE.eq("/")).execute();
    hits.update().set(PageHits_.HITS.decrement(2)).where(PageHits_.PAGE.eq("/")).execute();

    assertThat(hits.get("/").hits()).isEqualTo(3);
  }

  @Test
  void should_apply_a_conditional_update_only_when_the_condition_holds() {
    LwtResult<Post> refused =
        posts
            .update()
            .set(Post_.TITLE.set("x"))
            .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0))
            .onlyIf(Post_.TITLE.eq("wrong"))
            .execute();
    assertThat(refused.wasApplied()).isFalse();
    assertThat(refused.current())
        .hasValueSatisfying(p -> assertThat(p.title()).isEqualTo("title0"));

    LwtResult<Post> applied =
        posts
            .update()
            .set(Post_.TITLE.set("x"))
            .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0))
            .onlyIf(Post_.TITLE.eq("title0"))
            .execute();
    assertThat(applied.wasApplied()).isTrue();
    assertThat(
            posts
                .update()
                .set(Post_.TITLE.set("y"))
                .where(Post_.BLOG.eq("nope"), Post_.POSTED_AT.eq(T0))
                .ifExists()
                .execute()
                .wasApplied())
        .isFalse();
  }

  @Test
  void should_delete_rows_columns_and_conditionally() {
    posts.delete().where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.gte(T0.plusSeconds(180))).execute();
    assertThat(posts.select().where(Post_.BLOG.eq("b1")).count()).isEqualTo(3);

    posts
        .deleteColumns(Post_.BODY, Post_.TAGS)
        .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0))
        .execute();
    Post trimmed = posts.get("b1", T0);
    assertThat(trimmed.body()).isNull();
    assertThat(trimmed.tags()).isNullOrEmpty();

    assertThat(
            posts
                .delete()
                .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0))
                .onlyIf(Post_.TITLE.eq("title0"))
                .execute()
                .wasApplied())
        .isTrue();
    posts.delete().where(Post_.BLOG.eq("b2")).usingTimestamp(Long.MAX_VALUE / 2).execute();
    assertThat(posts.select().where(Post_.BLOG.eq("b2")).count()).isZero();
  }

  @Test
  void should_prepare_one_statement_per_shape_for_a_thousand_values() {
    SelectQuery<Reading, Reading> base = readings.select();
    base.where(Reading_.SENSOR.eq("warm-up"), Reading_.DAY.eq(0)).list();
    int before = readings.preparedShapes();
    Set<PreparedStatement> prepared = Collections.newSetFromMap(new IdentityHashMap<>());

    for (int day = 1; day <= 1000; day++) {
      SelectQuery<Reading, Reading> query =
          base.where(Reading_.SENSOR.eq("s" + day), Reading_.DAY.eq(day));
      assertThat(query.list()).isEmpty();
      prepared.add(query.statement().preparedStatement());
    }

    assertThat(prepared).hasSize(1);
    assertThat(readings.preparedShapes()).isEqualTo(before);
    assertThat(Reading_.table(mapper).preparedShapes()).isEqualTo(before);
  }

  @Test
  void should_test_a_column_for_null_in_a_condition() {
    posts
        .update()
        .set(Post_.BODY.set(null))
        .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0))
        .execute();

    assertThat(
            posts
                .update()
                .set(Post_.BODY.set("filled"))
                .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0))
                .onlyIf(Post_.BODY.eq(null))
                .execute()
                .wasApplied())
        .isTrue();
    assertThat(posts.get("b1", T0).body()).isEqualTo("filled");
  }
}
