package io.sibyl.examples.shop;

import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Orders by customer. */
@Repository
public interface OrderRepository {
  /** Places an order. */
  @Insert
  void place(Order order);

  /** Every order of a customer, newest first (the table's order). */
  @Select
  List<Order> findByCustomer(UUID customerId);

  /** The latest {@code count} orders of a customer. */
  @Select(limit = ":count")
  List<Order> latest(UUID customerId, int count);

  /** The orders of a customer since a date, without blocking. */
  CompletionStage<List<Order>> findByCustomerIdAndOrderedAtGreaterThanEqual(
      UUID customerId, Instant since);

  /** How many orders a customer has. */
  long countByCustomerId(UUID customerId);

  /** Moves an order to {@code status} if it is still in status {@code expected}. */
  @Update(columns = "status", ifCondition = "status = :expected")
  boolean changeStatus(Order order, String expected);

  /** Cancels an order; false if there was none. */
  @Delete(ifExists = true)
  boolean cancel(UUID customerId, Instant orderedAt, UUID orderId);
}
