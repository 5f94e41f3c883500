package io.sibyl.spring.boot3.model;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.Optional;

/** The gadgets, injected as a bean by the starter. */
@Repository
public interface GadgetRepository {
  /** Saves a gadget. */
  @Insert
  void save(Gadget gadget);

  /** The gadget with this id. */
  @Select
  Optional<Gadget> findById(String id);
}
