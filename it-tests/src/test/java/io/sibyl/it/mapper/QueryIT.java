package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.it.mapper.model.Product;
import io.sibyl.it.mapper.model.ProductQueries;
import io.sibyl.it.mapper.model.ProductRepository;
import io.sibyl.it.mapper.model.ProductTable;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.PagingIterable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @Query} methods against a real node: hand-written CQL with named and positional markers,
 * mapped by column name (partial selections too), with every return type.
 */
class QueryIT extends MapperITBase {

  private static ProductQueries queries;
  private static ProductRepository products;

  @BeforeAll
  static void createSchema() {
    Mapper mapper = createSchemaAndMapper(ProductTable.INSTANCE);
    queries = mapper.repository(ProductQueries.class);
    products = mapper.repository(ProductRepository.class);
  }

  @Test
  void should_insert_with_named_markers_and_read_with_select_star() {
    queries.insert("q-ins", "Query insert", new BigDecimal("3.30"), "q-cat-ins");

    Product read = queries.get("q-ins");

    assertThat(read.getName()).isEqualTo("Query insert");
    assertThat(read.getPrice()).isEqualTo(new BigDecimal("3.30"));
    assertThat(read.getCategory()).isEqualTo("q-cat-ins");
    assertThat(read.getStock()).isNull();
  }

  @Test
  void should_map_a_partial_selection_leaving_other_properties_unset() {
    products.save(InsertIT.product("q-partial"));

    Product partial = queries.findName("q-partial").orElseThrow();

    assertThat(partial.getSku()).isEqualTo("q-partial");
    assertThat(partial.getName()).isEqualTo("Widget q-partial");
    assertThat(partial.getPrice()).isNull();
    assertThat(partial.getTags()).isNull();
    assertThat(queries.findName("q-missing")).isEmpty();
  }

  @Test
  void should_bind_a_list_to_an_in_marker() {
    products.save(InsertIT.product("q-in-1"));
    products.save(InsertIT.product("q-in-2"));
    products.save(InsertIT.product("q-in-3"));

    assertThat(queries.findBySkus(List.of("q-in-1", "q-in-3", "q-in-none")))
        .extracting(Product::getSku)
        .containsExactlyInAnyOrder("q-in-1", "q-in-3");
  }

  @Test
  void should_stream_page_and_collect_asynchronously() {
    for (int i = 0; i < 5; i++) {
      queries.insert("q-cat-" + i, "Item " + i, BigDecimal.TEN, "q-cat");
    }

    try (Stream<Product> stream = queries.streamCategory("q-cat")) {
      assertThat(stream).hasSize(5);
    }
    PagingIterable<Product> first = queries.pageCategory("q-cat", 2, null);
    List<Product> firstPage = new ArrayList<>();
    while (first.availableWithoutFetching() > 0) {
      firstPage.add(first.one());
    }
    List<Product> rest = queries.pageCategory("q-cat", 2, first.pagingState()).all();
    assertThat(firstPage).hasSize(2);
    assertThat(rest).hasSize(3);
    assertThat(Stream.concat(firstPage.stream(), rest.stream()).map(Product::getSku))
        .containsExactlyInAnyOrder("q-cat-0", "q-cat-1", "q-cat-2", "q-cat-3", "q-cat-4");
    assertThat(queries.findCategoryAsync("q-cat").toCompletableFuture().join()).hasSize(5);
    assertThat(queries.countCategoryAsync("q-cat").toCompletableFuture().join()).isEqualTo(5L);
  }

  @Test
  void should_return_the_first_column_as_a_long_and_rows_as_a_boolean() {
    long at = Instant.now().toEpochMilli() * 1000;
    products.saveAt(InsertIT.product("q-long"), at);

    assertThat(queries.nameWriteTime("q-long")).isEqualTo(at);
    assertThat(queries.countAll()).isPositive();
    assertThat(queries.exists("q-long")).isTrue();
    assertThat(queries.exists("q-nothing")).isFalse();
    assertThat(queries.systemLocalExists()).isTrue();
  }

  @Test
  void should_report_conditional_statements() {
    products.save(InsertIT.product("q-lwt"));

    assertThat(queries.rename("q-lwt", "New name", "wrong")).isFalse();
    assertThat(queries.rename("q-lwt", "New name", "Widget q-lwt")).isTrue();
    LwtResult<Product> repriced = queries.reprice(new BigDecimal("1.00"), "q-lwt");
    LwtResult<Product> missing = queries.reprice(new BigDecimal("1.00"), "q-lwt-missing");
    LwtResult<Product> inserted = queries.insertIfAbsent("q-lwt-2", "First");
    LwtResult<Product> refused = queries.insertIfAbsent("q-lwt-2", "Second");

    assertThat(repriced.wasApplied()).isTrue();
    assertThat(missing.wasApplied()).isFalse();
    assertThat(missing.current()).isEmpty();
    assertThat(inserted.wasApplied()).isTrue();
    assertThat(refused.wasApplied()).isFalse();
    assertThat(refused.current())
        .hasValueSatisfying(p -> assertThat(p.getName()).isEqualTo("First"));
    Product read = queries.get("q-lwt");
    assertThat(read.getName()).isEqualTo("New name");
    assertThat(read.getPrice()).isEqualTo(new BigDecimal("1.00"));
  }

  @Test
  void should_add_to_and_remove_from_a_set() {
    products.save(InsertIT.product("q-tags"));

    queries.tag("q-tags", Set.of("new", "shiny"));
    queries.untagAsync(Set.of("blue"), "q-tags").toCompletableFuture().join();

    assertThat(queries.get("q-tags").getTags()).containsExactlyInAnyOrder("small", "new", "shiny");
  }

  @Test
  void should_return_driver_results_and_batchable_statements() {
    products.save(InsertIT.product("q-raw"));

    ResultSet raw = queries.raw("q-raw");
    AsyncResultSet rawAsync = queries.rawAsync("q-raw").toCompletableFuture().join();
    BoundStatement delete = queries.deleteStatement("q-raw");

    assertThat(raw.one().getString("name")).isEqualTo("Widget q-raw");
    assertThat(rawAsync.one().getString("category")).isEqualTo("tools");
    assertThat(delete.idempotent()).isTrue();
    session.execute(delete);
    assertThat(queries.exists("q-raw")).isFalse();
    assertThat(queries.deleteIfExistsAsync("q-raw").toCompletableFuture().join()).isFalse();
  }

  @Test
  void should_insert_with_a_ttl_marker() {
    queries.insertTemporary("q-ttl", "Ephemeral", 1).toCompletableFuture().join();

    assertThat(queries.exists("q-ttl")).isTrue();
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> !queries.exists("q-ttl"));
  }
}
