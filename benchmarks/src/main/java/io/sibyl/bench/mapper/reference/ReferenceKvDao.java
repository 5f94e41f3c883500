package io.sibyl.bench.mapper.reference;

import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Insert;
import com.datastax.oss.driver.api.mapper.annotations.Select;
import java.util.concurrent.CompletionStage;

/** The load test's workload as a reference mapper DAO; its processor writes the implementation. */
@Dao
public interface ReferenceKvDao {

  /** Inserts a row, waiting for the answer. */
  @Insert
  void save(ReferenceKvRow row);

  /** Inserts a row. */
  @Insert
  CompletionStage<Void> saveAsync(ReferenceKvRow row);

  /** The row of a key, or null. */
  @Select
  ReferenceKvRow findById(int id);

  /** The row of a key (null when there is none). */
  @Select
  CompletionStage<ReferenceKvRow> findByIdAsync(int id);
}
