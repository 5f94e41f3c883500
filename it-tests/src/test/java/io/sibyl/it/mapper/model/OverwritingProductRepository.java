package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Update;

/** A repository whose writes bind nulls unless a method says otherwise. */
@Repository(nullSaving = NullSavingStrategy.SET_TO_NULL)
@SuppressWarnings("sibyl:tombstones")
public interface OverwritingProductRepository {
  @Insert
  void save(Product product);

  @Update
  void update(Product product);

  @Insert(nullSaving = NullSavingStrategy.DO_NOT_SET)
  void saveKeepingNulls(Product product);
}
