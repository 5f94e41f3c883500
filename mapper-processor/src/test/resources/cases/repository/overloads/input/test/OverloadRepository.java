package test;

import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Overloads, and parameters named like the locals of generated code. */
@Repository
public interface OverloadRepository {
  @Insert
  void save(User user);

  @Insert
  void save(Login login);

  // Each overload binds its entity with its own layout.
  @Delete
  void delete(User user);

  @Delete
  void delete(Login login);

  // Same method and parameter names, different value types.
  @Query("UPDATE users SET tags = :tags WHERE id = :id")
  void tag(UUID id, Set<String> tags);

  @Query("UPDATE logins SET tags = :tags WHERE user_id = :id AND device = :device")
  void tag(UUID id, String device, List<String> tags);

  @SuppressWarnings("sibyl:performance")
  @Query("SELECT * FROM users WHERE id IN :ids")
  List<User> byIds(List<UUID> ids);

  @Query("SELECT * FROM logins WHERE user_id = :id AND device IN :ids")
  List<Login> byIds(UUID id, List<String> ids);

  // Parameters named like generated locals and fields.
  @Select
  CompletionStage<Optional<User>> find(UUID id);

  @Query("SELECT * FROM users WHERE id = :rs LIMIT :limit")
  CompletionStage<Optional<User>> find(UUID rs, int limit);

  @Query("UPDATE users SET name = :support WHERE id = :bs")
  void rename(UUID bs, String support);

  @Query("SELECT * FROM logins WHERE user_id = :row AND device = :at")
  CompletionStage<List<Login>> logins(UUID row, String at);

  // Parameters named like the locals, field and constant that report calls to the observer.
  @Query("SELECT * FROM users WHERE id = :call LIMIT :e")
  Optional<User> observed(UUID call, int e);

  @Query("SELECT * FROM users WHERE id = :result LIMIT :observer")
  Optional<User> observed2(UUID result, int observer);

  @Query("UPDATE users SET name = :REPOSITORY WHERE id = :stage")
  CompletionStage<Void> observedAsync(UUID stage, String REPOSITORY);
}
