package test;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.AsyncResultSet;
import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.PagingIterable;
import io.sibyl.mapper.QueryOptions;
import io.sibyl.mapper.annotations.CallOption;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

@Repository(keyspace = "sales")
public interface OrderRepository {
  @Select
  Order findOne(UUID customerId, int bucket, Instant orderDate, UUID orderId);

  @Select
  List<Order> findPartition(UUID customerId, int bucket);

  @Select
  Stream<Order> streamPrefix(UUID customerId, int bucket, Instant orderDate);

  @Select
  PagingIterable<Order> pages(
      UUID customerId,
      int bucket,
      @CallOption(CallOption.Kind.PAGE_SIZE) int pageSize,
      @CallOption(CallOption.Kind.PAGING_STATE) ByteBuffer pagingState);

  @Select
  CompletionStage<AsyncPage<Order>> firstPage(UUID customerId, int bucket, QueryOptions options);

  @Select(
      where = "customer_id = :customerId AND bucket = :bucket AND order_date >= :from",
      limit = ":max",
      orderBy = "order_date ASC")
  CompletionStage<List<Order>> recent(UUID customerId, int bucket, Instant from, int max);

  @Select(where = "status = :status", perPartitionLimit = "1", allowFiltering = true)
  @SuppressWarnings("sibyl:filtering")
  List<Order> latestByStatus(String status);

  @Select
  ResultSet raw(UUID customerId, int bucket, @CallOption(CallOption.Kind.CONSISTENCY) Consistency cl);

  @Select
  CompletionStage<AsyncResultSet> rawAsync(
      UUID customerId, int bucket, @CallOption(CallOption.Kind.TIMEOUT) Duration timeout);

  @Select
  List<Order> withProfile(
      UUID customerId, int bucket, @CallOption(CallOption.Kind.EXECUTION_PROFILE) String profile);

  @Select
  BoundStatement statement(UUID customerId, int bucket);

  @Select
  CompletableFuture<Optional<Order>> future(UUID customerId, int bucket);

  List<Order> findByCustomerIdAndBucketAndOrderDateGreaterThan(
      UUID customerId, int bucket, Instant after);

  List<Order> findTop5ByCustomerIdAndBucketOrderByOrderDateAsc(UUID customerId, int bucket);

  @SuppressWarnings("sibyl:performance")
  List<Order> findByCustomerIdInAndBucket(List<UUID> customerIds, int bucket);

  List<Order> findByStatus(String status);

  List<Order> findByTotalBetween(BigDecimal low, BigDecimal high);

  long countByCustomerIdAndBucket(UUID customerId, int bucket);

  boolean existsByCustomerIdAndBucketAndOrderDate(UUID customerId, int bucket, Instant orderDate);

  CompletionStage<Long> countByStatus(String status);

  void deleteByCustomerIdAndBucket(UUID customerId, int bucket);

  void deleteByCustomerIdAndBucketAndOrderDateLessThan(UUID customerId, int bucket, Instant before);

  @SuppressWarnings("sibyl:filtering")
  List<Order> findByCustomerNameAllowFiltering(String customerName);
}
