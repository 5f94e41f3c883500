package io.sibyl.driver.metadata;

/** What the driver knows of a node's availability. */
public enum NodeState {
  /** The driver has connections open to the node, or the cluster reported it up. */
  UP,
  /** The driver lost its connections to the node, or the cluster reported it down. */
  DOWN,
  /** The node is known (e.g. from the cluster's peers list) but has not been tried yet. */
  UNKNOWN
}
