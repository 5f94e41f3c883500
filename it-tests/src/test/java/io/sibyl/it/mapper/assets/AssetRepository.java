package io.sibyl.it.mapper.assets;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.List;

/** A repository of a two-level hierarchy's base. */
@Repository
public interface AssetRepository {

  /** Inserts a building, a laptop or a phone, with its discriminator value. */
  @Insert
  void save(Asset asset);

  /** The assets of an owner, each as its own type. */
  @Select
  List<Asset> findByOwner(String owner);
}
