package io.sibyl.driver.metadata;

/**
 * Told when nodes join, leave, go down or come back. Called on a driver thread: return quickly and
 * never block.
 */
public interface NodeStateListener {
  /** A node joined the cluster (or was discovered). */
  default void onAdd(Node node) {}

  /** A node came up (the session has a connection to it again). */
  default void onUp(Node node) {}

  /** A node went down (the session lost every connection to it). */
  default void onDown(Node node) {}

  /** A node left the cluster. */
  default void onRemove(Node node) {}
}
