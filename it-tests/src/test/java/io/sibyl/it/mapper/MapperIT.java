package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.DriverException;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.it.docs.model.UserTable;
import io.sibyl.it.mapper.model.AccountTable;
import io.sibyl.it.mapper.model.CustomerTable;
import io.sibyl.it.mapper.model.EventTable;
import io.sibyl.it.mapper.model.OrderTable;
import io.sibyl.it.mapper.model.PageViewsTable;
import io.sibyl.it.mapper.model.Product;
import io.sibyl.it.mapper.model.ProductRepository;
import io.sibyl.it.mapper.model.ProductTable;
import io.sibyl.it.mapper.model.ProfileTable;
import io.sibyl.it.mapper.model.ReservedOrderTable;
import io.sibyl.it.mapper.model.SampleTable;
import io.sibyl.it.parity.VisitTable;
import io.sibyl.it.validation.LogEntryTable;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.StatementPreparation;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mapper itself against a real node: eager preparation of every repository found on the class
 * path, and the keyspace it qualifies tables with.
 */
class MapperIT extends MapperITBase {

  private static final String EMPTY_KEYSPACE = "it_mapperit_empty";
  private static final String OTHER_KEYSPACE = "it_mapperit_other";

  /** Creates every table of the model: eager preparation prepares every repository found. */
  @BeforeAll
  static void createSchema() {
    createSchemaAndMapper(
        ProductTable.INSTANCE,
        OrderTable.INSTANCE,
        EventTable.INSTANCE,
        AccountTable.INSTANCE,
        CustomerTable.INSTANCE,
        PageViewsTable.INSTANCE,
        ProfileTable.INSTANCE,
        SampleTable.INSTANCE,
        ReservedOrderTable.INSTANCE,
        UserTable.INSTANCE,
        io.sibyl.it.parity.MemberTable.INSTANCE,
        VisitTable.INSTANCE,
        io.sibyl.it.validation.MemberTable.INSTANCE,
        LogEntryTable.INSTANCE,
        io.sibyl.it.docs.cqlengine.PersonTable.INSTANCE,
        io.sibyl.it.bulk.EventTable.INSTANCE,
        io.sibyl.it.mapper.shapes.ShapeTable.INSTANCE,
        io.sibyl.it.mapper.payments.PaymentTable.INSTANCE,
        io.sibyl.it.mapper.animals.AnimalTable.INSTANCE,
        io.sibyl.it.mapper.assets.AssetTable.INSTANCE,
        io.sibyl.it.mapper.tuple.RouteTable.INSTANCE,
        io.sibyl.it.mapper.geometry.PlaceTable.INSTANCE);
    for (String extra : List.of(EMPTY_KEYSPACE, OTHER_KEYSPACE)) {
      session.execute(
          "CREATE KEYSPACE IF NOT EXISTS "
              + extra
              + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    }
    session.execute(ProductTable.INSTANCE.createTableCql(OTHER_KEYSPACE));
  }

  @AfterAll
  static void dropExtraKeyspaces() {
    session.execute("DROP KEYSPACE IF EXISTS " + EMPTY_KEYSPACE);
    session.execute("DROP KEYSPACE IF EXISTS " + OTHER_KEYSPACE);
  }

  // Eager preparation prepares every repository of the class path: each new repository's table
  // (unless on a named connection) belongs in the list above.
  @Test
  void should_prepare_every_repository_statement_eagerly_when_the_schema_matches() {
    Mapper mapper = Mapper.builder(session).preparation(StatementPreparation.EAGER).build();

    assertThat(mapper.repository(ProductRepository.class).find("none")).isEmpty();
  }

  @Test
  void should_fail_at_build_when_eager_preparation_meets_a_missing_table() {
    assertThatThrownBy(
            () ->
                Mapper.builder(session)
                    .keyspace(EMPTY_KEYSPACE)
                    .preparation(StatementPreparation.EAGER)
                    .build())
        .isInstanceOf(DriverException.class)
        .hasMessageContaining(EMPTY_KEYSPACE);
  }

  @Test
  void should_fail_with_the_column_and_statement_named_when_a_key_is_null() {
    ProductRepository products =
        Mapper.builder(session).build().repository(ProductRepository.class);
    Product keyless = InsertIT.product(null);

    assertThatThrownBy(() -> products.get(null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("sku")
        .hasMessageContaining("SELECT");
    assertThatThrownBy(() -> products.save(keyless))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("sku")
        .hasMessageContaining("INSERT");
  }

  @Test
  void should_qualify_tables_with_the_mapper_keyspace() {
    ProductRepository elsewhere =
        Mapper.builder(session)
            .keyspace(OTHER_KEYSPACE)
            .build()
            .repository(ProductRepository.class);

    elsewhere.save(InsertIT.product("mapper-ks"));

    assertThat(
            session
                .execute("SELECT sku FROM " + OTHER_KEYSPACE + ".products WHERE sku = 'mapper-ks'")
                .one())
        .isNotNull();
    assertThat(session.execute("SELECT sku FROM products WHERE sku = 'mapper-ks'").one()).isNull();
  }
}
