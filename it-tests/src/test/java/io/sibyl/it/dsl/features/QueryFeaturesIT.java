package io.sibyl.it.dsl.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.query.QueryTable;
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
    session.execute(FeedItemTable.INSTANCE.createTableCql(keyspace));
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
}
