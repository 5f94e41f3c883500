package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.util.List;
import java.util.Optional;

/** Statements over {@link Profile}, whose names all need quoting. */
@Repository
public interface ProfileRepository {
  @Insert
  void save(Profile profile);

  @Select
  Optional<Profile> find(String userName, int order);

  @Select(orderBy = "\"Order\" DESC")
  List<Profile> newestFirst(String userName);

  List<Profile> findByFavouriteTagsContains(String tag);

  List<Profile> findBySettingsByKeyContainsKey(String key);

  @Update
  void rekey(String userName, int order, String key);

  @Query(
      "SELECT \"userName\", \"Order\", key, badge FROM \"UserProfiles\" WHERE \"userName\" = :userName")
  List<Profile> badges(String userName);

  @Delete
  void delete(String userName, int order);
}
