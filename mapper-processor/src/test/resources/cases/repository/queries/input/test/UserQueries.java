package test;

import io.sibyl.driver.BoundStatement;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Repository(entity = User.class)
public interface UserQueries {
  @SuppressWarnings("sibyl:performance")
  @Query("SELECT * FROM users WHERE id IN :ids")
  List<User> findByIds(List<UUID> ids);

  @Query("SELECT id, name FROM users WHERE id = ?")
  Optional<User> findName(UUID id);

  @Query("SELECT count(*) FROM users")
  @SuppressWarnings("sibyl:scan")
  long countAll();

  @Query("UPDATE users SET name = :name WHERE id = :id IF name = :expected")
  boolean rename(UUID id, String name, String expected);

  @Query("UPDATE users SET mail = :mail WHERE id = :id IF EXISTS")
  LwtResult<User> changeMail(UUID id, String mail);

  @Query("UPDATE users SET tags = tags + :more WHERE id = :id")
  void tag(UUID id, Set<String> more);

  @Query("INSERT INTO users (id, name, mail) VALUES (:id, :name, :mail) USING TTL :ttl")
  CompletionStage<Void> insertTemporary(UUID id, String name, String mail, int ttl);

  @Query("UPDATE logins SET devices = devices + :devices WHERE user_id = :userId AND at = now()")
  void addDevices(UUID userId, List<String> devices);

  @Query("DELETE FROM users WHERE id = :id")
  BoundStatement deleteStatement(UUID id);

  @Query("SELECT release_version FROM system.local")
  boolean systemLocalExists();
}
