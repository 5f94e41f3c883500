package io.sibyl.mapper.schema;

import io.sibyl.driver.error.SessionClosedException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's row in {@code sibyl_schema_instances} alive: written at once, then every
 * third of its TTL on a daemon thread, and deleted on {@link #stop()}. A crashed instance's row
 * expires after one TTL.
 */
final class InstanceHeartbeat {

  private static final Logger LOG = LoggerFactory.getLogger(InstanceHeartbeat.class);

  private final SchemaRegistry registry;
  private final SchemaInstance instance;
  private final int ttlSeconds;
  private final ScheduledExecutorService timer;
  private volatile boolean failing;

  private InstanceHeartbeat(SchemaRegistry registry, SchemaInstance instance, int ttlSeconds) {
    this.registry = registry;
    this.instance = instance;
    this.ttlSeconds = ttlSeconds;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "sibyl-schema-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Writes the instance's row now and keeps refreshing it. */
  static InstanceHeartbeat start(SchemaRegistry registry, SchemaInstance instance, int ttlSeconds) {
    InstanceHeartbeat heartbeat = new InstanceHeartbeat(registry, instance, ttlSeconds);
    registry.heartbeat(instance, ttlSeconds);
    long period = Math.max(200, ttlSeconds * 1000L / 3);
    heartbeat.timer.scheduleWithFixedDelay(heartbeat::beat, period, period, TimeUnit.MILLISECONDS);
    return heartbeat;
  }

  SchemaInstance instance() {
    return instance;
  }

  private void beat() {
    try {
      registry.heartbeat(instance, ttlSeconds);
      if (failing) {
        LOG.info("Schema heartbeat of {} works again", instance.id());
        failing = false;
      }
    } catch (SessionClosedException e) {
      // The session was closed without closing the mapper first: stop, the row expires by itself.
      LOG.debug("Session closed: schema heartbeat of {} stops", instance.id());
      timer.shutdown();
    } catch (RuntimeException e) {
      if (!failing) {
        LOG.warn(
            "Could not refresh the schema heartbeat of {}; its row expires in {}s unless a later"
                + " refresh works, and contract() may then run as if this instance were gone",
            instance.id(),
            ttlSeconds,
            e);
        failing = true;
      }
    }
  }

  /** Stops refreshing and deletes the row (best effort: it expires anyway). */
  void stop() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
      registry.remove(instance.id());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("Could not delete the schema heartbeat of {}; it expires by itself", instance.id());
    }
  }
}
