package io.sibyl.driver.policy;

/** How a load-balancing policy ranks a node, which sets how many connections the session keeps. */
public enum NodeDistance {
  /** A node of the local data center: pooled with the local pool size, tried first. */
  LOCAL,
  /** A node of another data center: pooled with the remote pool size, tried after local ones. */
  REMOTE,
  /** A node never used for requests: no pool is opened to it. */
  IGNORED
}
