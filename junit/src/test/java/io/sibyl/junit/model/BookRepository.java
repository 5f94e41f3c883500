package io.sibyl.junit.model;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.Optional;
import java.util.UUID;

@Repository
public interface BookRepository {
  @Insert
  void save(Book book);

  @Select
  Optional<Book> findById(UUID id);
}
