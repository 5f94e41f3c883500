package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.List;
import java.util.Optional;

/** Inserts and selects over {@link ReservedOrder}, whose names are all reserved words. */
@Repository
public interface ReservedOrderRepository {
  @Insert
  void save(ReservedOrder order);

  @Select
  Optional<ReservedOrder> find(String key, int limit);

  @Select
  List<ReservedOrder> findPartition(String key);

  @Select(where = "key = :key AND \"limit\" >= :from")
  List<ReservedOrder> fromLimit(String key, int from);
}
