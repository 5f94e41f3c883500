package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Row;
import io.sibyl.it.mapper.model.Product;
import io.sibyl.it.mapper.model.ProductRepository;
import io.sibyl.it.mapper.model.ProductTable;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.QueryOptions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @Insert} methods against a real node: plain, conditional, with TTL and timestamps. */
class InsertIT extends MapperITBase {

  private static ProductRepository products;

  @BeforeAll
  static void createSchema() {
    Mapper mapper = createSchemaAndMapper(ProductTable.INSTANCE);
    products = mapper.repository(ProductRepository.class);
  }

  @Test
  void should_read_back_a_javabean_with_its_superclass_columns_and_without_its_transient_one() {
    Product product = product("ins-bean");
    product.setCreatedBy("ada");
    product.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    product.setDisplayLabel("never stored");

    products.save(product);

    Product read = products.get("ins-bean");
    assertThat(read).isEqualTo(product);
    assertThat(read.getCreatedBy()).isEqualTo("ada");
    assertThat(read.getDisplayLabel()).isNull();
  }

  @Test
  void should_return_the_driver_result_of_an_insert() {
    ResultSet result = products.saveForResult(product("ins-rs"));

    assertThat(result.wasApplied()).isTrue();
    assertThat(result.one()).isNull();
    assertThat(products.find("ins-rs")).contains(product("ins-rs"));
  }

  @Test
  void should_insert_asynchronously() {
    products.saveAsync(product("ins-async")).toCompletableFuture().join();

    assertThat(products.findAsync("ins-async").toCompletableFuture().join())
        .contains(product("ins-async"));
    assertThat(products.getAsync("ins-none").toCompletableFuture().join()).isNull();
  }

  @Test
  void should_insert_if_not_exists_only_once() {
    Product first = product("ins-ine");
    Product second = product("ins-ine");
    second.setName("second");

    assertThat(products.saveIfAbsent(first)).isTrue();
    assertThat(products.saveIfAbsent(second)).isFalse();
    assertThat(products.get("ins-ine")).isEqualTo(first);
  }

  @Test
  void should_return_the_current_row_when_insert_if_not_exists_is_not_applied() {
    Product first = product("ins-lwt");
    Product second = product("ins-lwt");
    second.setStock(99);

    LwtResult<Product> created = products.create(first);
    LwtResult<Product> refused = products.create(second);

    assertThat(created.wasApplied()).isTrue();
    assertThat(created.current()).isEmpty();
    assertThat(refused.wasApplied()).isFalse();
    assertThat(refused.current()).contains(first);
  }

  @Test
  void should_insert_if_not_exists_asynchronously() {
    Product first = product("ins-lwt-async");
    Product second = product("ins-lwt-async");
    second.setName("second");

    assertThat(products.saveIfAbsentAsync(first).toCompletableFuture().join()).isTrue();
    assertThat(products.saveIfAbsentAsync(second).toCompletableFuture().join()).isFalse();
    LwtResult<Product> refused = products.createAsync(second).join();
    assertThat(refused.wasApplied()).isFalse();
    assertThat(refused.current()).contains(first);
  }

  @Test
  void should_expire_a_row_inserted_with_a_ttl() {
    products.saveFor(product("ins-ttl"), 1);

    assertThat(products.find("ins-ttl")).isPresent();
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> products.find("ins-ttl").isEmpty());
  }

  @Test
  void should_apply_a_ttl_given_as_call_option_or_query_option() {
    products.saveWithTtl(product("ins-ttl-option"), 500);
    products.saveWith(product("ins-ttl-query-options"), QueryOptions.none().withTtl(700));
    products.saveWith(product("ins-no-ttl"), QueryOptions.none());

    assertThat(ttlOfName("ins-ttl-option")).isBetween(490, 500);
    assertThat(ttlOfName("ins-ttl-query-options")).isBetween(690, 700);
    assertThat(ttlOfName("ins-no-ttl")).as("an unset TTL marker means no TTL").isNull();
  }

  @Test
  void should_write_with_the_given_timestamp_so_that_older_writes_lose() {
    long now = Instant.now().toEpochMilli() * 1000;
    Product newer = product("ins-ts");
    Product older = product("ins-ts");
    older.setName("older");

    products.saveAt(newer, now);
    products.saveAt(older, now - 1_000_000);
    products.saveWith(older, QueryOptions.none().withTimestamp(now - 1));

    assertThat(writeTimeOfName("ins-ts")).isEqualTo(now);
    assertThat(products.get("ins-ts").getName()).isEqualTo(newer.getName());
  }

  @Test
  void should_apply_literal_ttl_and_timestamp() {
    products.saveAnHourAtTimestamp1000(product("ins-literals"));

    assertThat(writeTimeOfName("ins-literals")).isEqualTo(1000L);
    assertThat(ttlOfName("ins-literals")).isBetween(3590, 3600);
  }

  @Test
  void should_mark_plain_inserts_idempotent_and_conditional_ones_not() {
    assertThat(products.saveStatement(product("x")).idempotent()).isTrue();
    assertThat(products.createStatement(product("x")).idempotent()).isFalse();
  }

  private static Integer ttlOfName(String sku) {
    Row row = session.execute("SELECT TTL(name) FROM products WHERE sku = ?", sku).one();
    return row.isNull(0) ? null : row.getInt(0);
  }

  private static long writeTimeOfName(String sku) {
    return session
        .execute("SELECT WRITETIME(name) FROM products WHERE sku = ?", sku)
        .one()
        .getLong(0);
  }

  static Product product(String sku) {
    return Product.of(
        sku, "Widget " + sku, new BigDecimal("12.50"), 7, Set.of("blue", "small"), "tools");
  }
}
