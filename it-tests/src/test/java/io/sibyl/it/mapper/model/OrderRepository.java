package io.sibyl.it.mapper.model;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.ResultSet;
import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.PagingIterable;
import io.sibyl.mapper.QueryOptions;
import io.sibyl.mapper.annotations.CallOption;
import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/** Selects, derived finders and deletes over {@link Order}. */
@Repository
public interface OrderRepository {
  @Insert
  void save(Order order);

  @Insert
  BoundStatement saveStatement(Order order);

  @Update
  void renameCustomer(UUID customerId, String customerName);

  // ---- selects by key

  @Select
  Order findOne(UUID customerId, Instant orderDate, UUID orderId);

  @Select
  Optional<Order> findOptional(UUID customerId, Instant orderDate, UUID orderId);

  @Select
  Optional<Order> findWithConsistency(
      UUID customerId,
      Instant orderDate,
      UUID orderId,
      @CallOption(CallOption.Kind.CONSISTENCY) Consistency consistency);

  @Select
  List<Order> findPartition(UUID customerId);

  @Select
  Stream<Order> streamDay(UUID customerId, Instant orderDate);

  @Select
  ResultSet raw(UUID customerId);

  @Select
  CompletionStage<AsyncResultSet> rawAsync(UUID customerId);

  @Select
  BoundStatement partitionStatement(UUID customerId);

  @Select
  CompletionStage<List<Order>> findPartitionAsync(UUID customerId);

  @Select
  CompletableFuture<Optional<Order>> findOptionalAsync(
      UUID customerId, Instant orderDate, UUID orderId);

  @Select
  CompletionStage<Stream<Order>> streamPartitionAsync(UUID customerId);

  @Select
  PagingIterable<Order> pages(
      UUID customerId,
      @CallOption(CallOption.Kind.PAGE_SIZE) int pageSize,
      @CallOption(CallOption.Kind.PAGING_STATE) ByteBuffer pagingState);

  @Select
  CompletionStage<AsyncPage<Order>> firstPage(UUID customerId, QueryOptions options);

  // ---- WHERE clauses, limits, orderings

  @Select(where = "customer_id = :customerId AND order_date >= :from AND order_date < :to")
  List<Order> placedBetween(UUID customerId, Instant from, Instant to);

  @Select(limit = ":max")
  List<Order> latest(UUID customerId, int max);

  @Select(limit = "2", orderBy = "order_date ASC")
  List<Order> twoOldest(UUID customerId);

  @Select(orderBy = {"order_date ASC", "order_id DESC"})
  List<Order> oldestFirst(UUID customerId);

  @Select(perPartitionLimit = "1")
  @SuppressWarnings("sibyl:scan")
  List<Order> latestOfEachCustomer();

  @Select(where = "status = :status", perPartitionLimit = ":perCustomer", allowFiltering = true)
  @SuppressWarnings("sibyl:filtering")
  List<Order> withStatus(String status, int perCustomer);

  @Select(where = "customer_id = :customerId AND items CONTAINS :item", allowFiltering = true)
  @SuppressWarnings("sibyl:filtering")
  List<Order> containingItem(UUID customerId, String item);

  @Select(where = "customer_id IN :customerIds")
  @SuppressWarnings("sibyl:performance")
  List<Order> ofCustomers(List<UUID> customerIds);

  // ---- derived finders

  List<Order> findByCustomerIdAndOrderDateGreaterThan(UUID customerId, Instant after);

  List<Order> findByCustomerIdAndOrderDateBetween(UUID customerId, Instant from, Instant to);

  List<Order> findTop2ByCustomerIdOrderByOrderDateAsc(UUID customerId);

  Optional<Order> findFirstByCustomerId(UUID customerId);

  @SuppressWarnings("sibyl:performance")
  List<Order> findByCustomerIdIn(List<UUID> customerIds);

  List<Order> findByStatus(String status);

  List<Order> findByTotalBetween(BigDecimal low, BigDecimal high);

  Stream<Order> streamByTotalGreaterThan(BigDecimal total);

  @SuppressWarnings("sibyl:filtering")
  List<Order> findByCustomerNameAllowFiltering(String customerName);

  @SuppressWarnings("sibyl:filtering")
  List<Order> findByItemsContainsAllowFiltering(String item);

  @SuppressWarnings("sibyl:scan")
  List<Order> findAll();

  long countByCustomerId(UUID customerId);

  CompletionStage<Long> countByStatus(String status);

  boolean existsByCustomerIdAndOrderDateAndOrderId(
      UUID customerId, Instant orderDate, UUID orderId);

  boolean existsByCustomerId(UUID customerId);

  void deleteByCustomerIdAndOrderDateLessThan(UUID customerId, Instant before);

  void deleteByCustomerId(UUID customerId);

  // ---- deletes

  @Delete
  void delete(Order order);

  @Delete
  void deleteDay(UUID customerId, Instant orderDate);

  @Delete
  CompletionStage<Void> deleteCustomerAsync(UUID customerId);

  @Delete(ifExists = true)
  boolean deleteIfExists(UUID customerId, Instant orderDate, UUID orderId);

  @Delete(ifExists = true)
  LwtResult<Order> deleteIfExistsLwt(UUID customerId, Instant orderDate, UUID orderId);

  @Delete(ifCondition = "status = :status")
  LwtResult<Order> deleteIfStatus(UUID customerId, Instant orderDate, UUID orderId, String status);

  @Delete(ifCondition = "status = :status")
  CompletionStage<LwtResult<Order>> deleteIfStatusAsync(
      UUID customerId, Instant orderDate, UUID orderId, String status);

  @Delete(ifExists = true)
  BoundStatement deleteIfExistsStatement(UUID customerId, Instant orderDate, UUID orderId);
}
