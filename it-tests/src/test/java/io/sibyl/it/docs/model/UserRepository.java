package io.sibyl.it.docs.model;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

// tag::repository[]
/** The users; javac's annotation processor generates the implementation. */
@Repository
public interface UserRepository {
  @Insert
  void save(User user);

  @Select
  Optional<User> findById(UUID id);

  @Query("SELECT * FROM users WHERE id IN :ids")
  List<User> findByIds(List<UUID> ids);
}
// end::repository[]
