package test;

import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Update;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

@Repository
public interface ProfileRepository {
  @Update
  void update(Profile before, Profile after);

  @Update
  boolean updateChanged(Profile before, Profile after);

  @Update
  CompletionStage<Void> updateAsync(Profile before, Profile after);

  @Update
  CompletableFuture<Boolean> updateChangedAsync(Profile before, Profile after);
}
