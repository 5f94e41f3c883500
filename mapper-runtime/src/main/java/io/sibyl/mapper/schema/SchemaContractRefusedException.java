package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;
import java.util.List;

/**
 * {@link SchemaManager#contract()} refused to drop anything: an instance that is still alive (its
 * heartbeat has not expired) runs a model that maps what would be dropped, or a model this
 * application never recorded.
 */
public final class SchemaContractRefusedException extends MapperException {

  private static final long serialVersionUID = 1L;

  private final transient List<SchemaInstance> blocking;

  /** An exception naming the instances and what each still maps. */
  public SchemaContractRefusedException(List<SchemaInstance> blocking, List<String> reasons) {
    super(
        "Refusing to contract the schema; nothing was dropped: "
            + String.join("; ", reasons)
            + ". Finish the rollout (stop or upgrade those instances; a stopped instance counts"
            + " as gone once its heartbeat expires), then call contract() again");
    this.blocking = List.copyOf(blocking);
  }

  /** The instances that still run a model mapping what would be dropped. */
  public List<SchemaInstance> blocking() {
    return blocking;
  }
}
