package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Row;
import io.sibyl.it.mapper.model.Account;
import io.sibyl.it.mapper.model.AccountRepository;
import io.sibyl.it.mapper.model.AccountTable;
import io.sibyl.it.mapper.model.Product;
import io.sibyl.it.mapper.model.ProductRepository;
import io.sibyl.it.mapper.model.ProductTable;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @Update} methods against a real node: of a whole entity, of chosen columns, of columns
 * given as parameters, conditional ({@code IF EXISTS}, {@code IF ...}), of static columns, with TTL
 * and timestamp, and in every return type.
 */
class UpdateIT extends MapperITBase {

  private static ProductRepository products;
  private static AccountRepository accounts;

  @BeforeAll
  static void createSchema() {
    Mapper mapper = createSchemaAndMapper(ProductTable.INSTANCE, AccountTable.INSTANCE);
    products = mapper.repository(ProductRepository.class);
    accounts = mapper.repository(AccountRepository.class);
  }

  @Test
  void should_mark_the_conditional_statements_it_generates_as_lwts_for_routing() {
    Account account = new Account("upd-lwt", "1", null, 10, 1, null);

    assertThat(accounts.openStatement(account).lwt()).isTrue();
    assertThat(accounts.updateBalanceStatement(account, 1).lwt()).isTrue();
    assertThat(products.updateStatement(changed("upd-lwt")).lwt()).isFalse();
  }

  @Test
  void should_update_every_non_key_column_of_an_entity() {
    products.save(InsertIT.product("upd-all"));
    Product changed = changed("upd-all");

    products.update(changed);

    assertThat(products.get("upd-all")).isEqualTo(changed);
  }

  @Test
  void should_upsert_a_row_that_does_not_exist() {
    products.update(changed("upd-upsert"));

    assertThat(products.get("upd-upsert")).isEqualTo(changed("upd-upsert"));
  }

  @Test
  void should_update_in_every_return_form() {
    ResultSet result = products.updateForResult(changed("upd-rs"));
    products.updateAsync(changed("upd-async")).toCompletableFuture().join();
    BoundStatement statement = products.updateStatement(changed("upd-bs"));
    session.execute(statement);

    assertThat(result.wasApplied()).isTrue();
    assertThat(statement.idempotent()).isTrue();
    assertThat(products.find("upd-rs")).contains(changed("upd-rs"));
    assertThat(products.find("upd-async")).contains(changed("upd-async"));
    assertThat(products.find("upd-bs")).contains(changed("upd-bs"));
  }

  @Test
  void should_update_only_the_chosen_columns() {
    Product original = InsertIT.product("upd-cols");
    products.save(original);
    Product changed = changed("upd-cols");

    products.updatePrice(changed);
    Product afterPrice = products.get("upd-cols");
    products.updateNameAndStock(changed);
    Product afterNameAndStock = products.get("upd-cols");

    assertThat(afterPrice.getPrice()).isEqualTo(changed.getPrice());
    assertThat(afterPrice.getName()).isEqualTo(original.getName());
    assertThat(afterPrice.getStock()).isEqualTo(original.getStock());
    assertThat(afterNameAndStock.getName()).isEqualTo(changed.getName());
    assertThat(afterNameAndStock.getStock()).isEqualTo(changed.getStock());
    assertThat(afterNameAndStock.getTags()).isEqualTo(original.getTags());
  }

  @Test
  void should_update_columns_given_as_parameters() {
    products.save(InsertIT.product("upd-params"));

    products.rename("upd-params", "Renamed");
    products.changeNameAndPrice("upd-params", "Renamed again", new BigDecimal("1.99"));

    Product read = products.get("upd-params");
    assertThat(read.getName()).isEqualTo("Renamed again");
    assertThat(read.getPrice()).isEqualByComparingTo("1.99");
    assertThat(read.getStock()).isEqualTo(7);
  }

  @Test
  void should_update_only_existing_rows_with_if_exists() {
    products.save(InsertIT.product("upd-ie"));

    assertThat(products.updateIfExists(changed("upd-ie"))).isTrue();
    assertThat(products.updateIfExists(changed("upd-ie-missing"))).isFalse();
    LwtResult<Product> missing = products.updateIfExistsLwt(changed("upd-ie-missing"));
    LwtResult<Product> async =
        products.updateIfExistsAsync(changed("upd-ie")).toCompletableFuture().join();

    assertThat(products.get("upd-ie")).isEqualTo(changed("upd-ie"));
    assertThat(products.find("upd-ie-missing")).isEmpty();
    assertThat(missing.wasApplied()).isFalse();
    assertThat(missing.current()).isEmpty();
    assertThat(async.wasApplied()).isTrue();
  }

  @Test
  void should_update_on_a_condition_and_return_the_current_values_when_it_fails() {
    products.save(InsertIT.product("upd-if"));
    Product restocked = InsertIT.product("upd-if");
    restocked.setStock(50);

    LwtResult<Product> refused = products.restock(restocked, 1);
    LwtResult<Product> applied = products.restock(restocked, 7);

    assertThat(refused.wasApplied()).isFalse();
    assertThat(refused.current()).hasValueSatisfying(p -> assertThat(p.getStock()).isEqualTo(7));
    assertThat(applied.wasApplied()).isTrue();
    assertThat(products.get("upd-if").getStock()).isEqualTo(50);
  }

  @Test
  void should_update_on_a_condition_asynchronously() {
    products.save(InsertIT.product("upd-if-async"));
    Product repriced = InsertIT.product("upd-if-async");
    repriced.setPrice(new BigDecimal("3.00"));

    assertThat(
            products.repriceIfAsync(repriced, new BigDecimal("1.00")).toCompletableFuture().join())
        .isFalse();
    assertThat(
            products.repriceIfAsync(repriced, new BigDecimal("12.50")).toCompletableFuture().join())
        .isTrue();
    assertThat(products.get("upd-if-async").getPrice()).isEqualTo(new BigDecimal("3.00"));
  }

  @Test
  void should_update_with_a_ttl_and_a_timestamp() {
    products.save(InsertIT.product("upd-ttl"));
    long at = Instant.now().toEpochMilli() * 1000 + 1_000_000;

    products.renameFor("upd-ttl", "Short-lived", 600);
    Row ttl = session.execute("SELECT TTL(name) FROM products WHERE sku = 'upd-ttl'").one();
    products.renameAt("upd-ttl", "Stamped", at);
    products.renameAt("upd-ttl", "Too old", at - 1);
    Row stamped =
        session.execute("SELECT name, WRITETIME(name) FROM products WHERE sku = 'upd-ttl'").one();

    assertThat(ttl.getInt(0)).isBetween(590, 600);
    assertThat(stamped.getString(0)).isEqualTo("Stamped");
    assertThat(stamped.getLong(1)).isEqualTo(at);
  }

  @Test
  void should_update_a_static_column_for_the_whole_partition() {
    accounts.save(new Account("ada", "A-1", "ada@old.example", 10, 1, List.of()));
    accounts.save(new Account("ada", "A-2", null, 20, 1, List.of()));

    accounts.changeEmail("ada", "ada@new.example");

    assertThat(accounts.findAll("ada"))
        .extracting(Account::ownerEmail)
        .containsExactly("ada@new.example", "ada@new.example");
    assertThat(accounts.changeEmailIf("ada", "ada@newer.example", "ada@old.example")).isFalse();
    assertThat(accounts.changeEmailIf("ada", "ada@newer.example", "ada@new.example")).isTrue();
    assertThat(accounts.find("ada", "A-2").orElseThrow().ownerEmail())
        .isEqualTo("ada@newer.example");
  }

  @Test
  void should_update_chosen_columns_on_a_version_condition() {
    Account account = new Account("grace", "G-1", "grace@example.com", 100, 1, List.of("open"));
    accounts.save(account);
    Account debited = new Account("grace", "G-1", null, 60, 2, null);

    assertThat(accounts.updateBalance(debited, 1)).isTrue();
    LwtResult<Account> stale = accounts.updateBalanceLwt(debited, 1);

    assertThat(stale.wasApplied()).isFalse();
    assertThat(stale.current()).hasValueSatisfying(a -> assertThat(a.version()).isEqualTo(2));
    assertThat(accounts.find("grace", "G-1"))
        .contains(new Account("grace", "G-1", "grace@example.com", 60, 2, List.of("open")));
  }

  @Test
  void should_check_every_relation_of_a_condition_but_set_no_column_named_only_by_it() {
    accounts.save(new Account("alan", "T-1", null, 100, 3, null));
    long versionWritten = writeTimeOfVersion("alan", "T-1");

    assertThat(accounts.withdraw("alan", "T-1", 40, 200, 3)).isFalse();
    assertThat(accounts.withdraw("alan", "T-1", 40, 50, 2)).isFalse();
    assertThat(accounts.withdraw("alan", "T-1", 40, 50, 3)).isTrue();

    Account read = accounts.find("alan", "T-1").orElseThrow();
    assertThat(read.balance()).isEqualTo(40);
    assertThat(read.version()).isEqualTo(3);
    assertThat(writeTimeOfVersion("alan", "T-1"))
        .as("the version is a condition value, not an assignment")
        .isEqualTo(versionWritten);
  }

  private static long writeTimeOfVersion(String owner, String number) {
    return session
        .execute(
            "SELECT WRITETIME(version) FROM accounts WHERE owner = ? AND number = ?", owner, number)
        .one()
        .getLong(0);
  }

  private static Product changed(String sku) {
    return Product.of(
        sku, "Changed " + sku, new BigDecimal("99.90"), 1, Set.of("changed"), "garden");
  }
}
