package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.util.Optional;
import java.util.UUID;

/** Round trips of {@link Sample}. */
@Repository
public interface SampleRepository {
  @Insert
  void save(Sample sample);

  @Insert(nullSaving = NullSavingStrategy.SET_TO_NULL)
  @SuppressWarnings("sibyl:tombstones")
  void overwrite(Sample sample);

  @Select
  Optional<Sample> find(UUID id);

  @Query("SELECT * FROM samples WHERE id = :id")
  Optional<Sample> findByQuery(UUID id);

  @Update
  void changeStatus(UUID id, Status status, Status statusOrdinal);
}
