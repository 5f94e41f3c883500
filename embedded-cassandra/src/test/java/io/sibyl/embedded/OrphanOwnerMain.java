package io.sibyl.embedded;

import java.util.concurrent.TimeUnit;

/**
 * The child JVM of {@link OrphanReapingTest}: starts a one-node cluster, prints {@code READY
 * <block> <node pid>} and waits to be killed (it exits by itself after {@code args[0]} seconds, so
 * it never outlives a broken test for long).
 */
public final class OrphanOwnerMain {

  private OrphanOwnerMain() {}

  /**
   * Starts the node and waits.
   *
   * @param args the number of seconds to live
   */
  public static void main(String[] args) throws Exception {
    long lifetimeSeconds = Long.parseLong(args[0]);
    try (EmbeddedCassandra cassandra = EmbeddedCassandra.builder().start()) {
      int block = cassandra.node(1).address().getAddress().getAddress()[2] & 0xFF;
      System.out.println("READY " + block + " " + cassandra.node(1).process().pid());
      System.out.flush();
      TimeUnit.SECONDS.sleep(lifetimeSeconds);
    }
  }
}
