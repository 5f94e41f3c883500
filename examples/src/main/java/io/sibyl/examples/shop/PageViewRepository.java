package io.sibyl.examples.shop;

import io.sibyl.mapper.annotations.Increment;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.time.LocalDate;
import java.util.List;

/** Page view counters. */
@Repository
public interface PageViewRepository {
  /** Adds {@code views} to a page's counter for a day. */
  @Increment
  void record(String page, LocalDate day, long views);

  /** A page's counters, day by day. */
  @Select
  List<PageViews> findByPage(String page);
}
