package test;

import io.sibyl.driver.BoundStatement;
import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Repository
public interface UserRepository {
  @Insert
  void save(User user);

  @Insert(ifNotExists = true)
  boolean saveIfAbsent(User user);

  @Insert
  BoundStatement saveStatement(User user);

  @Select
  Optional<User> findById(UUID id);

  @Select
  CompletionStage<Optional<User>> findByIdAsync(UUID id);

  @Delete
  void delete(User user);

  @SuppressWarnings("sibyl:performance")
  @Query("SELECT * FROM users WHERE id IN :ids")
  List<User> findByIds(List<UUID> ids);
}
