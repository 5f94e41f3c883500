package com.example.shop;

import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.Optional;
import java.util.UUID;

/** The customers, as the processor generates them. */
@Repository
public interface CustomerRepository {
  @Insert
  void save(Customer customer);

  @Select
  Optional<Customer> findById(UUID id);

  @Delete
  void delete(Customer customer);
}
