package io.sibyl.driver;

/**
 * The socket transport of a session's connections. Both speak the same protocol; they differ in how
 * the I/O threads wait for and move bytes, and so in the CPU each request costs the client.
 */
public enum Transport {
  /**
   * Linux epoll when Netty's native epoll library loads on this platform (Linux x86_64 with the
   * driver's default dependencies), NIO otherwise. The default.
   */
  AUTO,
  /** Java NIO, on every platform. */
  NIO,
  /**
   * Linux epoll through Netty's native transport ({@code netty-transport-native-epoll}); the
   * session fails to start, saying why, if it cannot be loaded.
   */
  EPOLL
}
