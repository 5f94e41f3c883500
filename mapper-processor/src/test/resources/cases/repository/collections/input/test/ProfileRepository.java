package test;

import io.sibyl.mapper.annotations.Repository;
import java.util.List;

@Repository
public interface ProfileRepository {
  List<Profile> findByFavouriteTagsContains(String tag);

  List<Profile> findBySettingsByKeyContainsKey(String key);

  boolean existsByUserName(String userName);
}
