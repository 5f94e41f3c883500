package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.ResultSet;
import io.sibyl.it.mapper.model.Order;
import io.sibyl.it.mapper.model.OrderRepository;
import io.sibyl.it.mapper.model.OrderTable;
import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.PagingIterable;
import io.sibyl.mapper.QueryOptions;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @Select} methods and derived finders against a real node: by full key, partition and
 * clustering prefix, with ranges, limits, orderings, indexes, filtering, and every return type. The
 * orders are written once and only read.
 */
class SelectIT extends MapperITBase {

  private static final Instant DAY_1 = Instant.parse("2025-03-01T00:00:00Z");
  private static final Instant DAY_2 = Instant.parse("2025-03-02T00:00:00Z");
  private static final Instant DAY_3 = Instant.parse("2025-03-03T00:00:00Z");

  private static OrderRepository orders;
  private static UUID ada;
  private static UUID grace;
  private static UUID alan;

  /** Ada's orders, newest first (the table's clustering order). */
  private static List<Order> adaOrders;

  private static int lastOrderId;
  private static Order graceOrder;
  private static Order alanOrder;

  @BeforeAll
  static void createSchemaAndOrders() {
    orders = createSchemaAndMapper(OrderTable.INSTANCE).repository(OrderRepository.class);
    ada = UUID.randomUUID();
    grace = UUID.randomUUID();
    alan = UUID.randomUUID();
    List<Order> written = new ArrayList<>();
    written.add(order(ada, DAY_1, "Ada", "SHIPPED", "10.00", "pen"));
    written.add(order(ada, DAY_2, "Ada", "NEW", "25.50", "ink", "pen"));
    written.add(order(ada, DAY_2, "Ada", "NEW", "5.25", "paper"));
    written.add(order(ada, DAY_3, "Ada", "SHIPPED", "99.99", "lamp"));
    written.forEach(orders::save);
    adaOrders =
        written.stream()
            .sorted(Comparator.comparing(Order::orderDate).reversed().thenComparing(Order::orderId))
            .toList();
    graceOrder = order(grace, DAY_1, "Grace", "NEW", "42.00", "cobol manual");
    alanOrder = order(alan, DAY_2, "Alan", "CANCELLED", "7.00", "enigma");
    orders.save(graceOrder);
    orders.save(alanOrder);
  }

  @Test
  void should_find_one_row_by_its_full_primary_key() {
    Order wanted = adaOrders.get(1);

    assertThat(orders.findOne(ada, wanted.orderDate(), wanted.orderId())).isEqualTo(wanted);
    assertThat(orders.findOptional(ada, wanted.orderDate(), wanted.orderId())).contains(wanted);
    assertThat(
            orders.findWithConsistency(
                ada, wanted.orderDate(), wanted.orderId(), Consistency.LOCAL_QUORUM))
        .contains(wanted);
  }

  @Test
  void should_return_null_or_empty_when_no_row_matches() {
    assertThat(orders.findOne(ada, DAY_1, UUID.randomUUID())).isNull();
    assertThat(orders.findOptional(ada, DAY_1, UUID.randomUUID())).isEmpty();
    assertThat(orders.findPartition(UUID.randomUUID())).isEmpty();
  }

  @Test
  void should_read_a_partition_in_descending_clustering_order() {
    assertThat(orders.findPartition(ada)).containsExactlyElementsOf(adaOrders);
  }

  @Test
  void should_read_a_clustering_prefix_as_a_stream() {
    try (Stream<Order> day2 = orders.streamDay(ada, DAY_2)) {
      assertThat(day2)
          .containsExactlyElementsOf(
              adaOrders.stream().filter(o -> o.orderDate().equals(DAY_2)).toList());
    }
  }

  @Test
  void should_share_a_static_column_across_the_partition() {
    assertThat(orders.findPartition(ada)).extracting(Order::customerName).containsOnly("Ada");
  }

  @Test
  void should_select_a_clustering_range() {
    assertThat(orders.placedBetween(ada, DAY_2, DAY_3)).containsExactlyElementsOf(onDays(DAY_2));
    assertThat(orders.findByCustomerIdAndOrderDateGreaterThan(ada, DAY_1))
        .containsExactlyElementsOf(onDays(DAY_3, DAY_2));
    assertThat(orders.findByCustomerIdAndOrderDateBetween(ada, DAY_1, DAY_2))
        .containsExactlyElementsOf(onDays(DAY_2, DAY_1));
  }

  @Test
  void should_apply_limits_and_orderings() {
    List<Order> oldestFirst = new ArrayList<>(adaOrders);
    Collections.reverse(oldestFirst);

    assertThat(orders.latest(ada, 2)).containsExactlyElementsOf(adaOrders.subList(0, 2));
    assertThat(orders.twoOldest(ada)).containsExactlyElementsOf(oldestFirst.subList(0, 2));
    assertThat(orders.oldestFirst(ada)).containsExactlyElementsOf(oldestFirst);
    assertThat(orders.findTop2ByCustomerIdOrderByOrderDateAsc(ada))
        .containsExactlyElementsOf(oldestFirst.subList(0, 2));
    assertThat(orders.findFirstByCustomerId(ada)).contains(adaOrders.get(0));
  }

  @Test
  void should_apply_a_per_partition_limit() {
    assertThat(orders.latestOfEachCustomer())
        .containsExactlyInAnyOrder(adaOrders.get(0), graceOrder, alanOrder);
    assertThat(orders.withStatus("NEW", 1))
        .containsExactlyInAnyOrder(onDays(DAY_2).get(0), graceOrder);
  }

  @Test
  void should_select_several_partitions_with_in() {
    assertThat(orders.ofCustomers(List.of(grace, alan)))
        .containsExactlyInAnyOrder(graceOrder, alanOrder);
    assertThat(orders.findByCustomerIdIn(List.of(ada, alan)))
        .hasSize(adaOrders.size() + 1)
        .contains(alanOrder);
  }

  @Test
  void should_use_a_secondary_index() {
    assertThat(orders.findByStatus("NEW"))
        .containsExactlyInAnyOrder(onDays(DAY_2).get(0), onDays(DAY_2).get(1), graceOrder);
    assertThat(orders.countByStatus("SHIPPED").toCompletableFuture().join()).isEqualTo(2L);
  }

  @Test
  void should_use_a_storage_attached_index_for_ranges() {
    assertThat(orders.findByTotalBetween(new BigDecimal("7.00"), new BigDecimal("25.50")))
        .extracting(Order::total)
        .containsExactlyInAnyOrder(
            new BigDecimal("7.00"), new BigDecimal("10.00"), new BigDecimal("25.50"));
    try (Stream<Order> expensive = orders.streamByTotalGreaterThan(new BigDecimal("40"))) {
      assertThat(expensive)
          .extracting(Order::customerName)
          .containsExactlyInAnyOrder("Ada", "Grace");
    }
  }

  @Test
  void should_filter_when_asked_to() {
    assertThat(orders.containingItem(ada, "pen")).containsExactlyElementsOf(onItem("pen"));
    assertThat(orders.findByItemsContainsAllowFiltering("enigma")).containsExactly(alanOrder);
    assertThat(orders.findByCustomerNameAllowFiltering("Grace")).containsExactly(graceOrder);
  }

  @Test
  void should_scan_the_whole_table() {
    assertThat(orders.findAll()).hasSize(adaOrders.size() + 2);
  }

  @Test
  void should_count_and_tell_existence() {
    Order one = adaOrders.get(0);

    assertThat(orders.countByCustomerId(ada)).isEqualTo(adaOrders.size());
    assertThat(orders.countByCustomerId(UUID.randomUUID())).isZero();
    assertThat(orders.existsByCustomerIdAndOrderDateAndOrderId(ada, one.orderDate(), one.orderId()))
        .isTrue();
    assertThat(
            orders.existsByCustomerIdAndOrderDateAndOrderId(
                ada, one.orderDate(), UUID.randomUUID()))
        .isFalse();
    assertThat(orders.existsByCustomerId(grace)).isTrue();
    assertThat(orders.existsByCustomerId(UUID.randomUUID())).isFalse();
  }

  @Test
  void should_return_driver_results_and_statements() {
    ResultSet raw = orders.raw(ada);
    assertThat(raw.all()).hasSize(adaOrders.size());

    AsyncResultSet rawAsync = orders.rawAsync(grace).toCompletableFuture().join();
    assertThat(rawAsync.remaining()).isEqualTo(1);
    assertThat(OrderTable.INSTANCE.read(rawAsync.one())).isEqualTo(graceOrder);

    BoundStatement statement = orders.partitionStatement(alan);
    assertThat(statement.idempotent()).isTrue();
    assertThat(OrderTable.INSTANCE.read(session.execute(statement).one())).isEqualTo(alanOrder);
  }

  @Test
  void should_select_asynchronously() {
    Order wanted = adaOrders.get(2);

    assertThat(orders.findPartitionAsync(ada).toCompletableFuture().join())
        .containsExactlyElementsOf(adaOrders);
    assertThat(orders.findOptionalAsync(ada, wanted.orderDate(), wanted.orderId()).join())
        .contains(wanted);
    assertThat(orders.findOptionalAsync(ada, DAY_1, UUID.randomUUID()).join()).isEmpty();
    try (Stream<Order> stream = orders.streamPartitionAsync(ada).toCompletableFuture().join()) {
      assertThat(stream).containsExactlyElementsOf(adaOrders);
    }
  }

  @Test
  void should_page_through_a_partition_and_resume_from_a_paging_state() {
    PagingIterable<Order> first = orders.pages(ada, 3, null);
    List<Order> firstPage = new ArrayList<>();
    while (first.availableWithoutFetching() > 0) {
      firstPage.add(first.one());
    }
    ByteBuffer pagingState = first.pagingState();

    PagingIterable<Order> rest = orders.pages(ada, 3, pagingState);

    assertThat(firstPage).containsExactlyElementsOf(adaOrders.subList(0, 3));
    assertThat(pagingState).isNotNull();
    assertThat(rest.all()).containsExactlyElementsOf(adaOrders.subList(3, adaOrders.size()));
  }

  @Test
  void should_fetch_async_pages_one_by_one() {
    AsyncPage<Order> first =
        orders.firstPage(ada, QueryOptions.none().withPageSize(2)).toCompletableFuture().join();
    assertThat(first.currentPage()).containsExactlyElementsOf(adaOrders.subList(0, 2));
    assertThat(first.hasMorePages()).isTrue();

    AsyncPage<Order> second = first.fetchNextPage().toCompletableFuture().join();
    assertThat(second.currentPage()).containsExactlyElementsOf(adaOrders.subList(2, 4));
  }

  private static List<Order> onDays(Instant... days) {
    List<Order> found = new ArrayList<>();
    for (Instant day : days) {
      adaOrders.stream().filter(o -> o.orderDate().equals(day)).forEach(found::add);
    }
    return found;
  }

  private static List<Order> onItem(String item) {
    return adaOrders.stream().filter(o -> o.items().contains(item)).toList();
  }

  /**
   * Increasing ids, so that Cassandra's order of uuids (version, then unsigned bytes) and Java's
   * agree for orders of the same day.
   */
  private static UUID nextOrderId() {
    return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", ++lastOrderId));
  }

  private static Order order(
      UUID customer, Instant day, String name, String status, String total, String... items) {
    return new Order(
        customer,
        day.truncatedTo(ChronoUnit.MILLIS),
        nextOrderId(),
        name,
        status,
        new BigDecimal(total),
        List.of(items));
  }
}
