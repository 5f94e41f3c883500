package io.sibyl.it.mapper.model;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.mapper.annotations.Increment;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Counter increments of {@link PageViews}. */
@Repository
public interface PageViewsRepository {
  @Increment
  void addViews(String site, String page, long views);

  @Increment
  CompletionStage<Void> addBoth(String site, String page, long views, Long uniqueVisitors);

  @Increment
  ResultSet addUnique(String site, String page, Long uniqueVisitors);

  @Increment
  BoundStatement addViewsStatement(String site, String page, long views);

  @Select
  Optional<PageViews> find(String site, String page);

  @Select
  List<PageViews> findBySite(String site);

  @Query("UPDATE page_views SET views = views - :views WHERE site = :site AND page = :page")
  void removeViews(String site, String page, long views);
}
