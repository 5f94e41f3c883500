package io.sibyl.it.mapper.animals;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.List;

/** A repository of the enum-discriminated base. */
@Repository
public interface AnimalRepository {

  /** Inserts a cat or a sea lion, with its species. */
  @Insert
  void save(Animal animal);

  /** The animals of a zoo. */
  @Select
  List<Animal> findByZoo(String zoo);
}
