package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.it.mapper.model.Account;
import io.sibyl.it.mapper.model.AccountRepository;
import io.sibyl.it.mapper.model.AccountTable;
import io.sibyl.it.mapper.model.Order;
import io.sibyl.it.mapper.model.OrderRepository;
import io.sibyl.it.mapper.model.OrderTable;
import io.sibyl.it.mapper.model.Product;
import io.sibyl.it.mapper.model.ProductRepository;
import io.sibyl.it.mapper.model.ProductTable;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @Delete} methods and derived deletes against a real node: by entity, by full key, by
 * partition key and clustering prefix or range, conditional, with a timestamp, in every return
 * type.
 */
class DeleteIT extends MapperITBase {

  private static final Instant DAY_1 = Instant.parse("2025-04-01T00:00:00Z");
  private static final Instant DAY_2 = Instant.parse("2025-04-02T00:00:00Z");
  private static final Instant DAY_3 = Instant.parse("2025-04-03T00:00:00Z");

  private static ProductRepository products;
  private static OrderRepository orders;
  private static AccountRepository accounts;

  @BeforeAll
  static void createSchema() {
    Mapper mapper =
        createSchemaAndMapper(ProductTable.INSTANCE, OrderTable.INSTANCE, AccountTable.INSTANCE);
    products = mapper.repository(ProductRepository.class);
    orders = mapper.repository(OrderRepository.class);
    accounts = mapper.repository(AccountRepository.class);
  }

  @Test
  void should_delete_by_entity_and_by_key_in_every_return_form() {
    for (String sku : List.of("del-1", "del-2", "del-3", "del-4", "del-5")) {
      products.save(InsertIT.product(sku));
    }

    products.delete(InsertIT.product("del-1"));
    products.deleteBySku("del-2");
    products.deleteAsync("del-3").toCompletableFuture().join();
    ResultSet result = products.deleteForResult("del-4");
    BoundStatement statement = products.deleteStatement("del-5");
    session.execute(statement);

    assertThat(result.wasApplied()).isTrue();
    assertThat(statement.idempotent()).isTrue();
    for (String sku : List.of("del-1", "del-2", "del-3", "del-4", "del-5")) {
      assertThat(products.find(sku)).as(sku).isEmpty();
    }
  }

  @Test
  void should_delete_if_exists_and_tell_whether_it_did() {
    products.save(InsertIT.product("del-ie"));
    products.save(InsertIT.product("del-ie-async"));

    assertThat(products.deleteIfExists("del-ie")).isTrue();
    assertThat(products.deleteIfExists("del-ie")).isFalse();
    assertThat(products.deleteIfExistsAsync("del-ie-async").toCompletableFuture().join()).isTrue();
    assertThat(products.deleteIfExistsAsync("del-ie-async").toCompletableFuture().join()).isFalse();
    assertThat(products.find("del-ie")).isEmpty();
  }

  @Test
  void should_delete_on_a_condition_and_return_the_current_values_when_it_fails() {
    products.save(InsertIT.product("del-if"));

    LwtResult<Product> refused = products.deleteIfStock("del-if", 3);
    LwtResult<Product> applied = products.deleteIfStock("del-if", 7);

    assertThat(refused.wasApplied()).isFalse();
    assertThat(refused.current()).hasValueSatisfying(p -> assertThat(p.getStock()).isEqualTo(7));
    assertThat(applied.wasApplied()).isTrue();
    assertThat(products.find("del-if")).isEmpty();
  }

  @Test
  void should_not_delete_data_written_after_the_delete_timestamp() {
    long now = Instant.now().toEpochMilli() * 1000;
    products.saveAt(InsertIT.product("del-ts"), now);
    products.saveAt(InsertIT.product("del-ts-2"), now);

    products.deleteAt("del-ts", now - 1);
    products.deleteAt("del-ts-2", now + 1);

    assertThat(products.find("del-ts")).isPresent();
    assertThat(products.find("del-ts-2")).isEmpty();
  }

  @Test
  void should_delete_one_order_by_entity_and_leave_the_partition() {
    UUID customer = UUID.randomUUID();
    Order first = order(customer, DAY_1);
    Order second = order(customer, DAY_2);
    orders.save(first);
    orders.save(second);

    orders.delete(first);

    assertThat(orders.findPartition(customer)).containsExactly(second);
  }

  @Test
  void should_delete_by_clustering_prefix_and_by_clustering_range() {
    UUID customer = UUID.randomUUID();
    Order day1 = order(customer, DAY_1);
    Order day2a = order(customer, DAY_2);
    Order day2b = order(customer, DAY_2);
    Order day3 = order(customer, DAY_3);
    List.of(day1, day2a, day2b, day3).forEach(orders::save);

    orders.deleteDay(customer, DAY_2);
    List<Order> afterPrefix = orders.findPartition(customer);
    orders.deleteByCustomerIdAndOrderDateLessThan(customer, DAY_3);

    assertThat(afterPrefix).containsExactly(day3, day1);
    assertThat(orders.findPartition(customer)).containsExactly(day3);
  }

  @Test
  void should_delete_whole_partitions() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    orders.save(order(first, DAY_1));
    orders.save(order(first, DAY_2));
    orders.save(order(second, DAY_1));

    orders.deleteByCustomerId(first);
    orders.deleteCustomerAsync(second).toCompletableFuture().join();

    assertThat(orders.existsByCustomerId(first)).isFalse();
    assertThat(orders.existsByCustomerId(second)).isFalse();
  }

  @Test
  void should_delete_an_order_if_it_exists_or_if_its_status_matches() {
    UUID customer = UUID.randomUUID();
    Order placed = order(customer, DAY_1);
    Order other = order(customer, DAY_2);
    orders.save(placed);
    orders.save(other);

    LwtResult<Order> wrongStatus =
        orders.deleteIfStatus(customer, placed.orderDate(), placed.orderId(), "SHIPPED");
    LwtResult<Order> rightStatus =
        orders
            .deleteIfStatusAsync(customer, placed.orderDate(), placed.orderId(), "NEW")
            .toCompletableFuture()
            .join();
    LwtResult<Order> gone =
        orders.deleteIfExistsLwt(customer, placed.orderDate(), placed.orderId());

    assertThat(wrongStatus.wasApplied()).isFalse();
    assertThat(wrongStatus.current())
        .hasValueSatisfying(o -> assertThat(o.status()).isEqualTo("NEW"));
    assertThat(rightStatus.wasApplied()).isTrue();
    assertThat(gone.wasApplied()).isFalse();
    assertThat(gone.current()).isEmpty();
    assertThat(orders.deleteIfExists(customer, other.orderDate(), other.orderId())).isTrue();
    assertThat(orders.existsByCustomerIdAndOrderDateAndOrderId(customer, DAY_1, placed.orderId()))
        .isFalse();
    // With every row gone, the partition still holds its static column: Cassandra returns it as
    // one row without clustering values.
    assertThat(orders.findPartition(customer))
        .singleElement()
        .satisfies(o -> assertThat(o.orderId()).isNull())
        .satisfies(o -> assertThat(o.customerName()).isEqualTo("Customer"));
  }

  @Test
  void should_delete_a_partition_with_its_static_column_and_conditionally_one_row() {
    accounts.save(new Account("eve", "E-1", "eve@example.com", 0, 1, null));
    accounts.save(new Account("eve", "E-2", null, 5, 1, null));
    accounts.save(new Account("bob", "B-1", "bob@example.com", 1, 1, null));

    LwtResult<Account> notEmpty = accounts.closeIfEmpty("eve", "E-2", 0);
    LwtResult<Account> closed = accounts.closeIfEmpty("eve", "E-1", 0);
    accounts.deleteAll("bob");

    assertThat(notEmpty.wasApplied()).isFalse();
    assertThat(notEmpty.current()).hasValueSatisfying(a -> assertThat(a.balance()).isEqualTo(5));
    assertThat(closed.wasApplied()).isTrue();
    assertThat(accounts.findAll("eve")).extracting(Account::number).containsExactly("E-2");
    assertThat(accounts.findAll("bob")).isEmpty();
  }

  private static Order order(UUID customer, Instant day) {
    return new Order(
        customer, day, UUID.randomUUID(), "Customer", "NEW", BigDecimal.ONE, List.of("item"));
  }
}
