package com.example.notes;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.Optional;
import java.util.UUID;

/** The notes. */
@Repository
public interface NoteRepository {
  @Insert
  void save(Note note);

  @Select
  Optional<Note> findById(UUID id);
}
