package test;

import io.sibyl.driver.BoundStatement;
import io.sibyl.mapper.annotations.Increment;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.List;
import java.util.concurrent.CompletionStage;

@Repository
public interface PageViewsRepository {
  @Increment
  void addViews(String site, String page, long views);

  @Increment
  CompletionStage<Void> addBoth(String site, String page, long views, Long uniqueVisitors);

  @Increment
  BoundStatement addViewsStatement(String site, String page, long views);

  @Select
  List<PageViews> findBySite(String site);
}
