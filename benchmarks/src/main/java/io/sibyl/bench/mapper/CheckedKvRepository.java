package io.sibyl.bench.mapper;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;

/** Inserts of the rows with constraints, defaults and a hook, for the cost of each. */
@Repository
public interface CheckedKvRepository {
  /** Inserts a row after its defaults and checks. */
  @Insert
  void save(CheckedKvRow row);

  /** Inserts a row after its checks and its hook. */
  @Insert
  void saveHooked(HookedKvRow row);
}
