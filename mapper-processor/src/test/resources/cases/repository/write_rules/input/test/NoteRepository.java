package test;

import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Update;
import java.util.concurrent.CompletionStage;

@Repository
public interface NoteRepository {
  @Insert
  void save(Note note);

  @Insert
  CompletionStage<Void> saveAsync(Note note);

  @Update
  void update(Note note);

  @Delete
  void delete(Note note);
}
