package io.sibyl.it.parity;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.Optional;

/** Report lines: the repository runs on the entity's named connection. */
@Repository
public interface ReportLineRepository {

  @Insert
  void save(ReportLine line);

  @Select
  Optional<ReportLine> findByDay(String day);
}
