package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Row;
import io.sibyl.driver.type.UdtValue;
import io.sibyl.it.mapper.model.Address;
import io.sibyl.it.mapper.model.Address_;
import io.sibyl.it.mapper.model.Customer;
import io.sibyl.it.mapper.model.CustomerRepository;
import io.sibyl.it.mapper.model.CustomerTable;
import io.sibyl.it.mapper.model.Customer_;
import io.sibyl.it.mapper.model.Geo;
import io.sibyl.it.mapper.model.Geo_;
import io.sibyl.it.mapper.model.Phone;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.metamodel.FieldSelection;
import io.sibyl.mapper.query.Projection;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.query.SelectQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * User-defined types against a real node: a record UDT nesting an immutable-class UDT, a JavaBean
 * UDT, alone and in lists, sets and maps, created from the generated DDL.
 */
class UdtIT extends MapperITBase {

  private static CustomerRepository customers;
  private static QueryTable<Customer> customerTable;

  @BeforeAll
  static void createSchema() {
    Mapper mapper = createSchemaAndMapper(CustomerTable.INSTANCE);
    customers = mapper.repository(CustomerRepository.class);
    customerTable = Customer_.table(mapper);
  }

  @Test
  void should_select_single_fields_of_udt_columns_through_the_field_models() {
    Customer customer = customer(UUID.randomUUID());
    customers.save(customer);
    FieldSelection<Customer, String> street = Address_.STREET.of(Customer_.HOME);
    FieldSelection<Customer, Double> lat = Geo_.LAT.of(Address_.GEO.of(Customer_.HOME));
    FieldSelection<Customer, List<String>> lines = Address_.LINES.of(Customer_.HOME);

    SelectQuery<Customer, Projection<Customer>> query =
        customerTable
            .select(street, lat, lines, Address_.GEO.of(Customer_.HOME))
            .where(Customer_.ID.eq(customer.id()));
    Projection<Customer> row = query.one();

    assertThat(query.cql())
        .startsWith("SELECT home.street, home.geo.lat, home.lines, home.geo FROM ");
    assertThat(row.get(street)).isEqualTo("1 Analytical Way");
    assertThat(row.get(lat)).isEqualTo(51.5);
    // A new selection of the same field finds the same value.
    assertThat(row.get(Address_.LINES.of(Customer_.HOME))).containsExactly("Flat 2", "Floor 3");
    assertThat(row.get(Address_.GEO.of(Customer_.HOME))).isEqualTo(new Geo(51.5, -0.12));
    assertThat(
            customerTable
                .select(Address_.ZIP_CODE.of(Customer_.HOME))
                .where(Customer_.ID.eq(customer.id()))
                .map(p -> p.get(Address_.ZIP_CODE.of(Customer_.HOME)))
                .one())
        .isEqualTo(12345);
  }

  @Test
  void should_write_and_read_udts_at_every_depth() {
    Customer customer = customer(UUID.randomUUID());

    customers.save(customer);

    assertThat(customers.find(customer.id())).contains(customer);
  }

  @Test
  void should_write_and_read_udts_asynchronously() {
    Customer customer = customer(UUID.randomUUID());

    customers.saveAsync(customer).toCompletableFuture().join();

    assertThat(customers.findAsync(customer.id()).toCompletableFuture().join()).isEqualTo(customer);
  }

  @Test
  void should_keep_null_udt_fields_and_read_null_collections_as_empty() {
    Address sparse = new Address("Nowhere Lane", null, null, null);
    Customer customer =
        new Customer(UUID.randomUUID(), "Sparse", sparse, List.of(sparse), null, null);

    customers.save(customer);

    // As everywhere in the driver, a null collection reads as an empty one.
    Address expected = new Address("Nowhere Lane", null, null, List.of());
    Customer read = customers.find(customer.id()).orElseThrow();
    assertThat(read.home()).isEqualTo(expected);
    assertThat(read.previous()).containsExactly(expected);
    assertThat(read.byLabel()).isEmpty();
    assertThat(read.phones()).isEmpty();
  }

  @Test
  void should_store_fields_under_their_cql_names() {
    Customer customer = customer(UUID.randomUUID());
    customers.save(customer);

    Row row = session.execute("SELECT home FROM customers WHERE id = ?", customer.id()).one();
    UdtValue home = row.get(0, UdtValue.class);

    assertThat(home.getInt("zip")).isEqualTo(12345);
    assertThat(home.getString("street")).isEqualTo("1 Analytical Way");
    assertThat(home.get("geo", UdtValue.class).getDouble("lat")).isEqualTo(51.5);
  }

  @Test
  void should_update_udt_columns_by_parameter_and_append_to_a_list_of_udts() {
    Customer customer = customer(UUID.randomUUID());
    customers.save(customer);
    Address moved = new Address("2 Difference Engine St", 99999, new Geo(48.85, 2.35), List.of());

    customers.moveHome(customer.id(), moved);
    customers.appendPrevious(customer.id(), List.of(customer.home()));

    Customer read = customers.find(customer.id()).orElseThrow();
    assertThat(read.home()).isEqualTo(moved);
    assertThat(read.previous()).hasSize(3).endsWith(customer.home());
    assertThat(customers.findHome(customer.id()).orElseThrow().home()).isEqualTo(moved);
    assertThat(customers.findHome(customer.id()).orElseThrow().previous()).isNull();

    customers.replacePrevious(customer.id(), List.of());
    assertThat(customers.find(customer.id()).orElseThrow().previous()).isEmpty();
  }

  private static Customer customer(UUID id) {
    Address home =
        new Address("1 Analytical Way", 12345, new Geo(51.5, -0.12), List.of("Flat 2", "Floor 3"));
    Address old = new Address("Old Street", 10001, new Geo(40.7, -74.0), List.of());
    return new Customer(
        id,
        "Ada",
        home,
        List.of(old, home),
        Map.of("work", old, "home", home),
        Set.of(new Phone("mobile", "+44 1"), new Phone("office", "+44 2")));
  }
}
