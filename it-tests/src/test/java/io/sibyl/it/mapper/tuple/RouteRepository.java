package io.sibyl.it.mapper.tuple;

import io.sibyl.driver.type.Tuple2;
import io.sibyl.driver.type.Tuple3;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Repository methods whose keys and parameters are typed tuples. */
@Repository
public interface RouteRepository {
  @Insert
  void save(Route route);

  @Select
  Optional<Route> find(Tuple2<String, Integer> region, Tuple3<Integer, String, Instant> leg);

  List<Route> findByRegion(Tuple2<String, Integer> region);

  @SuppressWarnings("sibyl:performance")
  List<Route> findByRegionIn(List<Tuple2<String, Integer>> regions);

  @Update
  void moveOrigin(
      Tuple2<String, Integer> region,
      Tuple3<Integer, String, Instant> leg,
      Tuple2<Double, Double> origin);

  @Query("SELECT * FROM tuple_routes WHERE region = :region AND leg >= :start ORDER BY leg DESC")
  List<Route> fromLegNewestFirst(
      Tuple2<String, Integer> region, Tuple3<Integer, String, Instant> start);
}
