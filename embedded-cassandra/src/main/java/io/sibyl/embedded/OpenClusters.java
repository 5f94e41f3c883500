package io.sibyl.embedded;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clusters this JVM started and has not closed; one shutdown hook closes them (killing their
 * nodes and deleting their data) so no node outlives a test run that forgot to, or could not, close
 * its cluster.
 */
final class OpenClusters {

  private static final Set<AutoCloseable> OPEN = new LinkedHashSet<>();
  private static boolean hookInstalled;

  private OpenClusters() {}

  static synchronized void register(AutoCloseable cluster) {
    if (!hookInstalled) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(OpenClusters::closeAll, "sibyl-cassandra-shutdown"));
      hookInstalled = true;
    }
    OPEN.add(cluster);
  }

  static synchronized void unregister(AutoCloseable cluster) {
    OPEN.remove(cluster);
  }

  private static void closeAll() {
    List<AutoCloseable> open;
    synchronized (OpenClusters.class) {
      open = new ArrayList<>(OPEN);
    }
    for (AutoCloseable cluster : open) {
      try {
        cluster.close();
      } catch (Exception e) {
        // Keep closing the others; the JVM is going away.
      }
    }
  }
}
