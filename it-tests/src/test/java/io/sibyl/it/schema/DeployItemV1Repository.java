package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;

/** Writes of version 1 of the deployed model. */
@Repository
public interface DeployItemV1Repository {
  @Insert
  void save(DeployItemV1 item);
}
