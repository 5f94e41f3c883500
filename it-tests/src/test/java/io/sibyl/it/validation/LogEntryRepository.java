package io.sibyl.it.validation;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.List;

/** Inserts and reads of {@link LogEntry}. */
@Repository
public interface LogEntryRepository {
  @Insert
  void save(LogEntry entry);

  @Select
  List<LogEntry> bySource(String source);
}
