package io.sibyl.it.parity;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Members, with the changed-column update shape. */
@Repository
public interface MemberRepository {

  @Insert
  void save(Member member);

  @Select
  Member findById(UUID id);

  // tag::repository[]
  /** Writes only what differs. */
  @Update
  void update(Member before, Member after);

  /** Writes only what differs; whether anything was sent. */
  @Update
  boolean updateIfChanged(Member before, Member after);

  // end::repository[]

  /** {@link #updateIfChanged} without blocking. */
  @Update
  CompletionStage<Boolean> updateIfChangedAsync(Member before, Member after);
}
