package io.sibyl.bench.mapper;

import io.sibyl.driver.BoundStatement;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.concurrent.CompletionStage;

/**
 * The load test's workload as a Sibyl repository; the processor writes {@code KvRepositoryImpl}.
 */
@Repository
public interface KvRepository {

  /** Inserts a row, waiting for the answer. */
  @Insert
  void save(KvRow row);

  /** Inserts a row. */
  @Insert
  CompletionStage<Void> saveAsync(KvRow row);

  /** The row of a key, or null. */
  @Select
  KvRow findById(int id);

  /** The row of a key (null when there is none). */
  @Select
  CompletionStage<KvRow> findByIdAsync(int id);

  /** The bound INSERT of a row, not executed. */
  @Insert
  BoundStatement saveStatement(KvRow row);
}
