package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.it.mapper.model.PageViews;
import io.sibyl.it.mapper.model.PageViewsRepository;
import io.sibyl.it.mapper.model.PageViewsTable;
import io.sibyl.mapper.Mapper;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @Increment} methods on a counter table against a real node. */
class IncrementIT extends MapperITBase {

  private static Mapper mapper;
  private static PageViewsRepository views;

  @BeforeAll
  static void createSchema() {
    mapper = createSchemaAndMapper(PageViewsTable.INSTANCE);
    views = mapper.repository(PageViewsRepository.class);
  }

  @Test
  void should_add_deltas_to_counters() {
    views.addViews("inc.example", "/", 1);
    views.addViews("inc.example", "/", 41);

    assertThat(views.find("inc.example", "/"))
        .contains(new PageViews("inc.example", "/", 42, null));
  }

  @Test
  void should_add_concurrently_to_several_counters_of_a_row() {
    CompletableFuture.allOf(
            IntStream.range(0, 20)
                .mapToObj(i -> views.addBoth("inc.example", "/about", 2, 1L).toCompletableFuture())
                .toArray(CompletableFuture[]::new))
        .join();

    assertThat(views.find("inc.example", "/about"))
        .contains(new PageViews("inc.example", "/about", 40, 20L));
  }

  @Test
  void should_subtract_and_return_driver_results() {
    views.addViews("inc.example", "/shop", 10);
    ResultSet result = views.addUnique("inc.example", "/shop", 3L);
    views.removeViews("inc.example", "/shop", 4);

    assertThat(result.wasApplied()).isTrue();
    assertThat(views.find("inc.example", "/shop"))
        .contains(new PageViews("inc.example", "/shop", 6, 3L));
  }

  @Test
  void should_run_increment_statements_in_a_counter_batch() {
    BoundStatement statement = views.addViewsStatement("batch.example", "/a", 5);

    mapper
        .counterBatch()
        .add(statement)
        .add(views.addViewsStatement("batch.example", "/b", 7))
        .add(views.addViewsStatement("batch.example", "/a", 1))
        .execute();

    assertThat(statement.idempotent()).isFalse();
    assertThat(views.findBySite("batch.example"))
        .containsExactly(
            new PageViews("batch.example", "/a", 6, null),
            new PageViews("batch.example", "/b", 7, null));
  }
}
