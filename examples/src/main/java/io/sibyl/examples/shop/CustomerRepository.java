package io.sibyl.examples.shop;

import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.util.Optional;
import java.util.UUID;

/** Customers: registration, look-up, change of address. */
@Repository
public interface CustomerRepository {
  /** Registers a customer unless one with the same id exists (a lightweight transaction). */
  @Insert(ifNotExists = true)
  LwtResult<Customer> register(Customer customer);

  /** The customer with this id. */
  @Select
  Optional<Customer> findById(UUID id);

  /** Changes only the address. */
  @Update
  void moveTo(UUID id, Address address);
}
