package io.sibyl.it.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.DriverException;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.it.mapper.model.PageViews;
import io.sibyl.it.mapper.model.PageViewsRepository;
import io.sibyl.it.mapper.model.PageViewsTable;
import io.sibyl.it.mapper.model.Product;
import io.sibyl.it.mapper.model.ProductRepository;
import io.sibyl.it.mapper.model.ProductTable;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.query.BatchRefusedException;
import io.sibyl.mapper.query.QueryBatch;
import io.sibyl.mapper.query.QueryTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batches of DSL and repository statements ({@link QueryBatch}) against a real node. */
class QueryDslBatchIT extends SessionITBase {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static Mapper mapper;
  private static QueryTable<Post> posts;
  private static QueryTable<PageHits> hits;
  private static ProductRepository products;
  private static PageViewsRepository views;

  @BeforeAll
  static void createSchema() {
    for (TableDescriptor<?> table :
        List.<TableDescriptor<?>>of(
            PostTable.INSTANCE,
            PageHitsTable.INSTANCE,
            ProductTable.INSTANCE,
            PageViewsTable.INSTANCE)) {
      session.execute(table.createTableCql(keyspace));
      table.createIndexesCql(keyspace).forEach(session::execute);
    }
    mapper = Mapper.builder(session).build();
    posts = Post_.table(mapper);
    hits = PageHits_.table(mapper);
    products = mapper.repository(ProductRepository.class);
    views = mapper.repository(PageViewsRepository.class);
  }

  @BeforeEach
  void clear() {
    session.execute("TRUNCATE dsl_posts");
    session.execute("TRUNCATE dsl_page_hits");
    session.execute("TRUNCATE page_views");
  }

  private static Post post(String blog, int minute, String title) {
    return new Post(
        blog,
        T0.plusSeconds(60L * minute),
        "Blog " + blog,
        title,
        "body",
        minute,
        List.of("c"),
        Set.of("t"),
        Map.of("ada", minute));
  }

  private static Product product(String sku) {
    return Product.of(sku, "Widget " + sku, new BigDecimal("12.50"), 7, Set.of("blue"), "tools");
  }

  private static long titleWritetime(String blog, int minute) {
    return session
        .execute(
            "SELECT writetime(title) FROM dsl_posts WHERE blog = ? AND posted_at = ?",
            blog,
            T0.plusSeconds(60L * minute))
        .one()
        .getLong(0);
  }

  @Test
  void should_run_a_logged_batch_of_dsl_and_repository_statements_on_close() {
    posts.save(post("b1", 0, "doomed"));
    // Later than the save above, so that the batch's delete shadows it.
    long micros = (System.currentTimeMillis() + 60_000) * 1000;
    List<String> done = new ArrayList<>();

    try (QueryBatch batch =
        QueryBatch.logged(mapper).withTimestamp(micros).withConsistency(Consistency.QUORUM)) {
      posts.saveTo(batch, post("b1", 1, "first"));
      posts
          .update()
          .set(Post_.TITLE.set("second"))
          .where(Post_.BLOG.eq("b2"), Post_.POSTED_AT.eq(T0))
          .addTo(batch);
      posts.delete().where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0)).addTo(batch);
      batch.add(products.saveStatement(product("qb-1")));
      batch.onSuccess(() -> done.add("saved"));

      assertThat(batch.size()).isEqualTo(4);
      assertThat(batch.statement().consistency()).isEqualTo(Consistency.QUORUM);
      assertThat(posts.get("b1", T0.plusSeconds(60))).isNull();
      assertThat(done).isEmpty();
    }

    assertThat(done).containsExactly("saved");
    assertThat(posts.get("b1", T0.plusSeconds(60)).title()).isEqualTo("first");
    assertThat(posts.get("b2", T0).title()).isEqualTo("second");
    assertThat(posts.get("b1", T0)).isNull();
    assertThat(products.find("qb-1")).isPresent();
    assertThat(titleWritetime("b1", 1)).isEqualTo(micros);
    assertThat(titleWritetime("b2", 0)).isEqualTo(micros);
    assertThat(
            session
                .execute("SELECT writetime(name) FROM products WHERE sku = 'qb-1'")
                .one()
                .getLong(0))
        .isEqualTo(micros);
  }

  @Test
  void should_run_an_unlogged_batch_asynchronously() throws Exception {
    QueryBatch batch = QueryBatch.unlogged(mapper).withTimestamp(42L);
    posts.saveTo(batch, post("b1", 0, "a"));
    posts.saveTo(batch, post("b1", 1, "b"));
    List<String> done = new ArrayList<>();
    batch.onSuccess(() -> done.add("ok"));

    assertThat(batch.type()).isEqualTo(BatchStatement.Type.UNLOGGED);
    batch.executeAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
    batch.close();

    assertThat(done).containsExactly("ok");
    assertThat(posts.select().where(Post_.BLOG.eq("b1")).count()).isEqualTo(2);
    assertThat(titleWritetime("b1", 0)).isEqualTo(42L);
    assertThatThrownBy(() -> batch.add(posts.saveStatement(post("b1", 2, "c"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start a new one");
  }

  @Test
  void should_run_a_counter_batch_of_dsl_and_repository_increments() {
    QueryBatch.counter(mapper)
        .run(
            batch -> {
              hits.update()
                  .set(PageHits_.HITS.increment(5))
                  .where(PageHits_.PAGE.eq("/"))
                  .addTo(batch);
              hits.update()
                  .set(PageHits_.HITS.decrement(2))
                  .where(PageHits_.PAGE.eq("/"))
                  .addTo(batch);
              batch.add(views.addViewsStatement("site", "/", 7));
            });

    assertThat(hits.get("/").hits()).isEqualTo(3);
    assertThat(views.find("site", "/")).map(PageViews::views).contains(7L);
  }

  @Test
  void should_apply_a_conditional_batch_on_one_partition() {
    posts.save(post("b1", 0, "old"));
    QueryBatch batch = QueryBatch.logged(mapper);
    posts
        .update()
        .set(Post_.TITLE.set("new"))
        .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0))
        .onlyIf(Post_.TITLE.eq("old"))
        .addTo(batch);
    posts.saveTo(batch, post("b1", 1, "sibling"));

    assertThat(batch.execute().wasApplied()).isTrue();
    assertThat(posts.get("b1", T0).title()).isEqualTo("new");
    assertThat(posts.get("b1", T0.plusSeconds(60))).isNotNull();
  }

  @Test
  void should_refuse_statements_that_cannot_be_batched_with_what_to_do() {
    try (QueryBatch logged = QueryBatch.logged(mapper)) {
      assertThatThrownBy(() -> logged.add(posts.select().where(Post_.BLOG.eq("b1")).statement()))
          .isInstanceOf(BatchRefusedException.class)
          .hasMessageContaining("only INSERT, UPDATE and DELETE")
          .hasMessageContaining("run SELECT on its own");
      assertThatThrownBy(
              () ->
                  hits.update()
                      .set(PageHits_.HITS.increment(1))
                      .where(PageHits_.PAGE.eq("/"))
                      .addTo(logged))
          .isInstanceOf(BatchRefusedException.class)
          .hasMessageContaining("counter updates cannot be logged");
      assertThatThrownBy(() -> logged.add(views.addViewsStatement("s", "p", 1)))
          .isInstanceOf(BatchRefusedException.class)
          .hasMessageContaining("QueryBatch.counter(mapper)");
      posts
          .update()
          .set(Post_.TITLE.set("x"))
          .where(Post_.BLOG.eq("b1"), Post_.POSTED_AT.eq(T0))
          .ifExists()
          .addTo(logged);
      assertThatThrownBy(() -> posts.saveTo(logged, post("b2", 0, "elsewhere")))
          .isInstanceOf(BatchRefusedException.class)
          .hasMessageContaining("one partition only");
      assertThatThrownBy(() -> logged.add(products.saveStatement(product("qb-2"))))
          .isInstanceOf(BatchRefusedException.class)
          .hasMessageContaining("one table only");
      assertThatThrownBy(() -> logged.withTimestamp(1L))
          .isInstanceOf(BatchRefusedException.class)
          .hasMessageContaining("drop withTimestamp(...)");
      logged.discard();
    }
    QueryBatch counters = QueryBatch.counter(mapper);
    assertThatThrownBy(() -> posts.saveTo(counters, post("b1", 0, "x")))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("a counter batch holds only counter updates");
    assertThat(posts.get("b1", T0)).isNull();
  }

  @Test
  void should_run_callbacks_only_when_the_batch_succeeds() {
    List<String> done = new ArrayList<>();
    QueryBatch failing = QueryBatch.logged(mapper).onSuccess(() -> done.add("failing"));
    posts.saveTo(failing, post("b1", 0, "never"));
    failing.add(SimpleStatement.of("INSERT INTO no_such_table (k) VALUES (1)"));
    assertThatThrownBy(failing::execute).isInstanceOf(DriverException.class);

    assertThatThrownBy(
            () ->
                QueryBatch.logged(mapper)
                    .run(
                        batch -> {
                          batch.onSuccess(() -> done.add("thrown"));
                          posts.saveTo(batch, post("b1", 1, "never"));
                          throw new IllegalArgumentException("stop");
                        }))
        .hasMessage("stop");

    ResultSet rs =
        QueryBatch.logged(mapper)
            .onSuccess(() -> done.add("succeeded"))
            .run(batch -> posts.saveTo(batch, post("b1", 2, "kept")));

    assertThat(rs).isNotNull();
    assertThat(done).containsExactly("succeeded");
    assertThat(posts.select().where(Post_.BLOG.eq("b1")).list())
        .extracting(Post::title)
        .containsExactly("kept");
  }
}
