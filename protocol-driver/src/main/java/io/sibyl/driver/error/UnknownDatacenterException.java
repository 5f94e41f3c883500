package io.sibyl.driver.error;

import java.util.Set;

/**
 * The configured local data center ({@code SessionBuilder.localDatacenter}) matches none of the
 * nodes the session discovered: every node would be ignored, so the session refuses to start.
 * Usually a typo, or the data center name of another cluster.
 */
public class UnknownDatacenterException extends NoNodeAvailableException {
  private static final long serialVersionUID = 1L;

  private final String configured;
  private final Set<String> discovered;

  /** Creates the exception for {@code configured} and the data centers that were found. */
  public UnknownDatacenterException(String configured, Set<String> discovered, int nodes) {
    super(
        "The local data center \""
            + configured
            + "\" (SessionBuilder.localDatacenter, or sibyl.local-datacenter) matches none of the "
            + nodes
            + " node(s) found, whose data centers are "
            + discovered
            + ": set it to one of those");
    this.configured = configured;
    this.discovered = Set.copyOf(discovered);
  }

  /** The data center that was configured. */
  public String configured() {
    return configured;
  }

  /** The data centers of the nodes that were found. */
  public Set<String> discovered() {
    return discovered;
  }
}
