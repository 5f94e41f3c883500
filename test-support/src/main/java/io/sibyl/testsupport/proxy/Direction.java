package io.sibyl.testsupport.proxy;

/** The two directions of a proxied connection. */
public enum Direction {
  /** From the client (the driver) to the upstream node: requests. */
  CLIENT_TO_SERVER,
  /** From the upstream node to the client: responses and events. */
  SERVER_TO_CLIENT;

  /** The other direction. */
  public Direction reverse() {
    return this == CLIENT_TO_SERVER ? SERVER_TO_CLIENT : CLIENT_TO_SERVER;
  }
}
