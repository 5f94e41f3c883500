package io.sibyl.it.validation;

import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Writes of {@link Member}: each runs its defaults (inserts) and checks first. */
@Repository
public interface MemberRepository {
  @Insert
  void save(Member member);

  @Insert
  CompletionStage<Void> saveAsync(Member member);

  @Insert(ifNotExists = true)
  boolean create(Member member);

  @Update
  void update(Member member);

  @Delete
  void delete(Member member);

  @Select
  Member get(UUID id);
}
