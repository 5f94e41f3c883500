package io.sibyl.it.mapper.geometry;

import io.sibyl.driver.type.geometry.Point;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.util.Optional;

/** Repository methods over geometry properties. */
@Repository
public interface PlaceRepository {
  @Insert
  void save(Place place);

  @Select
  Optional<Place> find(String id);

  @Update
  void move(String id, Point location);

  @Query("SELECT id, location, zone FROM geometry_places WHERE id = :id")
  Optional<Place> findLocation(String id);
}
