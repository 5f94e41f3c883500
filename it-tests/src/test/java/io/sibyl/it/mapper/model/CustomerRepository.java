package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Writes and reads of {@link Customer}, whose columns are UDTs. */
@Repository
public interface CustomerRepository {
  @Insert
  void save(Customer customer);

  @Insert
  CompletionStage<Void> saveAsync(Customer customer);

  @Select
  Optional<Customer> find(UUID id);

  @Select
  CompletionStage<Customer> findAsync(UUID id);

  @Update
  void moveHome(UUID id, Address home);

  @Update
  void replacePrevious(UUID id, List<Address> previous);

  @Query("UPDATE customers SET previous = previous + :moved WHERE id = :id")
  void appendPrevious(UUID id, List<Address> moved);

  @Query("SELECT id, home FROM customers WHERE id = :id")
  Optional<Customer> findHome(UUID id);
}
