package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.it.mapper.model.Account;
import io.sibyl.it.mapper.model.AccountRepository;
import io.sibyl.it.mapper.model.AccountTable;
import io.sibyl.it.mapper.model.Order;
import io.sibyl.it.mapper.model.OrderRepository;
import io.sibyl.it.mapper.model.OrderTable;
import io.sibyl.it.mapper.model.Product;
import io.sibyl.it.mapper.model.ProductQueries;
import io.sibyl.it.mapper.model.ProductRepository;
import io.sibyl.it.mapper.model.ProductTable;
import io.sibyl.mapper.Batch;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.QueryOptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Batches of repository statements ({@code BoundStatement} return types) through {@code
 * mapper.loggedBatch()} and {@code unloggedBatch()} against a real node.
 */
class BatchIT extends MapperITBase {

  private static Mapper mapper;
  private static ProductRepository products;
  private static ProductQueries queries;
  private static OrderRepository orders;
  private static AccountRepository accounts;

  @BeforeAll
  static void createSchema() {
    mapper =
        createSchemaAndMapper(ProductTable.INSTANCE, OrderTable.INSTANCE, AccountTable.INSTANCE);
    products = mapper.repository(ProductRepository.class);
    queries = mapper.repository(ProductQueries.class);
    orders = mapper.repository(OrderRepository.class);
    accounts = mapper.repository(AccountRepository.class);
  }

  @Test
  void should_write_to_several_tables_in_a_logged_batch() {
    UUID customer = UUID.randomUUID();
    Order order =
        new Order(
            customer,
            Instant.parse("2025-05-01T10:00:00Z"),
            UUID.randomUUID(),
            "Ada",
            "NEW",
            new BigDecimal("12.50"),
            List.of("bat-1"));
    Batch batch =
        mapper
            .loggedBatch()
            .add(products.saveStatement(InsertIT.product("bat-1")))
            .add(orders.saveStatement(order));

    assertThat(batch.statement().idempotent()).isTrue();
    batch.execute();

    assertThat(products.find("bat-1")).isPresent();
    assertThat(orders.findPartition(customer)).containsExactly(order);
  }

  @Test
  void should_mix_inserts_updates_and_deletes_in_an_unlogged_batch() {
    products.save(InsertIT.product("bat-gone"));
    Product updated = InsertIT.product("bat-updated");
    updated.setName("Updated in a batch");

    Batch batch =
        mapper
            .unloggedBatch()
            .add(products.saveStatement(InsertIT.product("bat-new")))
            .add(products.updateStatement(updated))
            .add(products.deleteStatement("bat-gone"))
            .add(queries.deleteStatement("bat-never-there"));
    assertThat(batch.type()).isEqualTo(BatchStatement.Type.UNLOGGED);
    assertThat(batch.size()).isEqualTo(4);
    batch.executeAsync().toCompletableFuture().join();

    assertThat(products.find("bat-new")).isPresent();
    assertThat(products.get("bat-updated").getName()).isEqualTo("Updated in a batch");
    assertThat(products.find("bat-gone")).isEmpty();
  }

  @Test
  void should_apply_batch_options_to_every_statement() {
    long at = Instant.now().toEpochMilli() * 1000 - 5_000_000;

    mapper
        .unloggedBatch()
        .add(products.saveStatement(InsertIT.product("bat-ts-1")))
        .add(products.saveStatement(InsertIT.product("bat-ts-2")))
        .withOptions(QueryOptions.none().withTimestamp(at))
        .execute();

    assertThat(queries.nameWriteTime("bat-ts-1")).isEqualTo(at);
    assertThat(queries.nameWriteTime("bat-ts-2")).isEqualTo(at);
  }

  @Test
  void should_apply_a_conditional_batch_all_or_nothing() {
    Batch open =
        mapper
            .loggedBatch()
            .add(
                accounts.openStatement(new Account("bat-owner", "1", "o@example.com", 10, 1, null)))
            .add(accounts.openStatement(new Account("bat-owner", "2", null, 20, 1, null)));
    assertThat(open.statement().idempotent()).isFalse();
    ResultSet opened = open.execute();

    ResultSet reopened =
        mapper
            .loggedBatch()
            .add(accounts.openStatement(new Account("bat-owner", "2", null, 99, 1, null)))
            .add(accounts.openStatement(new Account("bat-owner", "3", null, 30, 1, null)))
            .execute();

    ResultSet moved =
        mapper
            .loggedBatch()
            .add(
                accounts.updateBalanceStatement(new Account("bat-owner", "1", null, 5, 0, null), 1))
            .add(
                accounts.updateBalanceStatement(
                    new Account("bat-owner", "2", null, 25, 0, null), 1))
            .execute();

    assertThat(opened.wasApplied()).isTrue();
    assertThat(reopened.wasApplied()).isFalse();
    assertThat(moved.wasApplied()).isTrue();
    assertThat(accounts.findAll("bat-owner"))
        .extracting(Account::number, Account::balance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", 5L),
            org.assertj.core.groups.Tuple.tuple("2", 25L));
  }
}
