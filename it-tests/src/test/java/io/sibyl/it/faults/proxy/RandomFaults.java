package io.sibyl.it.faults.proxy;

import static io.sibyl.testsupport.proxy.Direction.CLIENT_TO_SERVER;
import static io.sibyl.testsupport.proxy.Direction.SERVER_TO_CLIENT;

import io.sibyl.testsupport.proxy.FaultProxy;
import io.sibyl.testsupport.proxy.FaultRule;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * A seeded schedule of random faults on one proxy: delays with jitter in either direction (up to
 * 600 ms), resets of every connection, half-open pauses and quiet spells, each for 100-300 ms.
 */
final class RandomFaults {
  private RandomFaults() {}

  /**
   * Until {@code writing} completes, every 100-300 ms puts the proxy through a random fault or
   * none; returns how many it injected.
   */
  static int inject(FaultProxy proxy, long seed, CompletableFuture<Void> writing) {
    Random random = new Random(seed);
    int injected = 0;
    while (!writing.isDone() && injected < 200) {
      proxy.clearRules();
      switch (random.nextInt(5)) {
        case 0 ->
            proxy.rule(
                SERVER_TO_CLIENT,
                FaultRule.delay(Duration.ZERO, Duration.ofMillis(600), random.nextLong()));
        case 1 ->
            proxy.rule(
                CLIENT_TO_SERVER,
                FaultRule.delay(Duration.ofMillis(100), Duration.ofMillis(500), random.nextLong()));
        case 2 -> proxy.dropConnections();
        case 3 -> proxy.rule(FaultRule.pause());
        default -> {
          // a quiet spell
        }
      }
      injected++;
      sleep(Duration.ofMillis(100 + random.nextInt(200)));
    }
    proxy.clearRules();
    return injected;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
