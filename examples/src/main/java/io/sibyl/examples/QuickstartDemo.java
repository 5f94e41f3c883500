package io.sibyl.examples;

import io.sibyl.driver.Session;
import io.sibyl.embedded.CassandraCluster;
import io.sibyl.embedded.CassandraClusters;
import io.sibyl.examples.shop.Address;
import io.sibyl.examples.shop.Customer;
import io.sibyl.examples.shop.CustomerRepository;
import io.sibyl.examples.shop.Order;
import io.sibyl.examples.shop.OrderRepository;
import io.sibyl.examples.shop.PageViewRepository;
import io.sibyl.examples.shop.PageViews;
import io.sibyl.examples.shop.Product;
import io.sibyl.examples.shop.ProductRepository;
import io.sibyl.examples.shop.ShopSchema;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.SchemaPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sibyl's demo: a small shop on a real Cassandra node (or the cluster named by {@code
 * SIBYL_CONTACT_POINTS}). Entities and {@code @Repository} interfaces live in {@code
 * io.sibyl.examples.shop}; the annotation processor generated their implementations and DDL when
 * this module compiled. The demo creates the schema from that DDL, then writes and reads customers,
 * products, orders and page-view counters through the repositories.
 *
 * <p>Run it with {@code mvn -B -q -Pdemo -pl examples -am -DskipTests verify}.
 */
public final class QuickstartDemo {
  private static final String KEYSPACE = "shop";

  private final CustomerRepository customers;
  private final ProductRepository products;
  private final OrderRepository orders;
  private final PageViewRepository pageViews;
  private final Mapper mapper;

  private QuickstartDemo(Mapper mapper) {
    this.mapper = mapper;
    this.customers = mapper.repository(CustomerRepository.class);
    this.products = mapper.repository(ProductRepository.class);
    this.orders = mapper.repository(OrderRepository.class);
    this.pageViews = mapper.repository(PageViewRepository.class);
  }

  /** Runs the demo. */
  public static void main(String[] args) {
    long launched = System.nanoTime();
    try (CassandraCluster cluster = CassandraClusters.fromEnvironment()) {
      say(
          "Cassandra is up at %s (%s, %d ms)",
          cluster.contactPoints(), cluster.backend(), ms(launched));
      try (Session session = connect(cluster)) {
        say(
            "Connected with protocol %s; nodes: %s",
            session.protocolVersion(), describeNodes(session));
        Mapper mapper = ShopSchema.migrateOnStartup(session, KEYSPACE);
        new QuickstartDemo(mapper).run();
        // What a second start of the app sees: the schema is already what the entities say.
        SchemaPlan again = ShopSchema.mapper(session, KEYSPACE).schema().plan();
        say("A second start would find %s.", again.isEmpty() ? "an empty plan" : again.report());
      }
    }
    say("Done in %d ms.", ms(launched));
  }

  private static Session connect(CassandraCluster cluster) {
    var builder =
        Session.builder()
            .addContactPoints(cluster.contactPoints())
            .localDatacenter(cluster.localDatacenter());
    if (cluster.username() != null) {
      builder.credentials(cluster.username(), cluster.password());
    }
    return builder.build();
  }

  private void run() {
    Customer ada = registerCustomers();
    stockCatalogue();
    placeOrders(ada);
    countPageViews();
  }

  private Customer registerCustomers() {
    say("%nCustomers");
    Customer ada =
        new Customer(
            UUID.randomUUID(),
            "Ada Lovelace",
            "ada@example.com",
            new Address("12 St James's Square", "London", "SW1Y 4JH"),
            Set.of("vip"),
            Instant.now());
    LwtResult<Customer> registered = customers.register(ada);
    say("  register %s: applied=%s", ada.name(), registered.wasApplied());
    Customer impostor = new Customer(ada.id(), "Someone Else", null, null, Set.of(), Instant.now());
    LwtResult<Customer> again = customers.register(impostor);
    say(
        "  register another customer with the same id: applied=%s, the row holds %s",
        again.wasApplied(), again.current().map(Customer::name).orElse("nothing"));

    customers.moveTo(ada.id(), new Address("Ockham Park", "Ripley", "GU23 6NQ"));
    Customer read = customers.findById(ada.id()).orElseThrow();
    say("  %s <%s> %s now lives at: %s", read.name(), read.email(), read.tags(), read.address());
    return read;
  }

  private void stockCatalogue() {
    say("%nProducts");
    mapper
        .unloggedBatch()
        .add(
            products.saveStatement(
                new Product("PEN-1", "Fountain pen", "stationery", price("24.90"))))
        .add(products.saveStatement(new Product("INK-7", "Blue ink", "stationery", price("6.50"))))
        .add(products.saveStatement(new Product("LAMP-2", "Desk lamp", "lighting", price("39.00"))))
        .execute();
    products.reprice("INK-7", price("5.90"));
    for (Product product : products.findByCategory("stationery")) {
      say("  %-6s %-14s %8s", product.sku(), product.name(), product.price());
    }
    say("  LAMP-2 costs %s", products.findBySku("LAMP-2").map(Product::price).orElseThrow());
  }

  private void placeOrders(Customer customer) {
    say("%nOrders of %s", customer.name());
    Order first = order(customer, "2025-03-01T09:30:00Z", Map.of("PEN-1", 1), "24.90");
    Order second = order(customer, "2025-03-02T14:05:00Z", Map.of("INK-7", 3), "17.70");
    Order third = order(customer, "2025-03-03T18:45:00Z", Map.of("LAMP-2", 1, "INK-7", 1), "44.90");
    List.of(first, second, third).forEach(orders::place);

    say("  newest first:");
    orders.findByCustomer(customer.id()).forEach(o -> say("    %s", describeOrder(o)));
    say("  latest 2:");
    orders.latest(customer.id(), 2).forEach(o -> say("    %s", describeOrder(o)));
    List<Order> since =
        orders
            .findByCustomerIdAndOrderedAtGreaterThanEqual(
                customer.id(), Instant.parse("2025-03-02T00:00:00Z"))
            .toCompletableFuture()
            .join();
    say("  since 2025-03-02 (asynchronously): %d orders", since.size());

    boolean shipped = orders.changeStatus(withStatus(first, "SHIPPED"), "NEW");
    boolean shippedTwice = orders.changeStatus(withStatus(first, "SHIPPED"), "NEW");
    say("  ship the first order: %s; ship it again: %s", shipped, shippedTwice);
    boolean cancelled = orders.cancel(customer.id(), second.orderedAt(), second.orderId());
    boolean cancelledTwice = orders.cancel(customer.id(), second.orderedAt(), second.orderId());
    say("  cancel the second order: %s; cancel it again: %s", cancelled, cancelledTwice);
    say("  %s has %d orders now:", customer.name(), orders.countByCustomerId(customer.id()));
    orders.findByCustomer(customer.id()).forEach(o -> say("    %s", describeOrder(o)));
  }

  private void countPageViews() {
    say("%nPage views");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    pageViews.record("/products/PEN-1", today.minusDays(1), 12);
    pageViews.record("/products/PEN-1", today, 3);
    pageViews.record("/products/PEN-1", today, 2);
    for (PageViews views : pageViews.findByPage("/products/PEN-1")) {
      say("  %s on %s: %d views", views.page(), views.day(), views.views());
    }
  }

  private static Order order(
      Customer customer, String orderedAt, Map<String, Integer> quantities, String total) {
    return new Order(
        customer.id(),
        Instant.parse(orderedAt),
        UUID.randomUUID(),
        quantities,
        price(total),
        "NEW");
  }

  private static Order withStatus(Order order, String status) {
    return new Order(order.customerId(), order.orderedAt(), order.orderId(), null, null, status);
  }

  private static String describeOrder(Order order) {
    return String.format(
        "%s  %-9s %7s  %s",
        order.orderedAt(), order.status(), order.total(), order.quantitiesBySku());
  }

  private static BigDecimal price(String amount) {
    return new BigDecimal(amount);
  }

  private static List<String> describeNodes(Session session) {
    return session.metadata().nodes().stream()
        .map(n -> n.address() + " " + n.datacenter() + " " + n.releaseVersion() + " " + n.state())
        .toList();
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static void say(String format, Object... args) {
    System.out.println(String.format(format, args));
  }
}
