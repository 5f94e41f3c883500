package io.sibyl.driver.internal.session;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the warnings the server attaches to responses (tombstones scanned, aggregation without a
 * partition key, large batches...): once per distinct warning per statement text, and at most
 * {@link #MAX_PER_SECOND} lines a second, so a hot statement cannot flood the log. The warnings
 * stay available on every result's {@code ExecutionInfo.warnings()}.
 */
public final class ServerWarningLog {
  /** Lines logged per second at most; the rest are counted and reported with the next line. */
  static final int MAX_PER_SECOND = 10;

  /** Distinct (statement, warning) pairs remembered; past that the memory starts over. */
  static final int MAX_REMEMBERED = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(ServerWarningLog.class);

  private final Consumer<String> sink;
  private final LongSupplier nanoClock;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final AtomicLong windowStart = new AtomicLong(Long.MIN_VALUE);
  private final AtomicInteger inWindow = new AtomicInteger();
  private final AtomicInteger suppressed = new AtomicInteger();

  /** A log that writes WARN lines through slf4j. */
  public ServerWarningLog() {
    this(LOG::warn, System::nanoTime);
  }

  ServerWarningLog(Consumer<String> sink, LongSupplier nanoClock) {
    this.sink = sink;
    this.nanoClock = nanoClock;
  }

  /** Logs {@code warnings}, which {@code node} returned for {@code statementText}. */
  public void log(String statementText, InetSocketAddress node, List<String> warnings) {
    for (String warning : warnings) {
      if (seen.size() >= MAX_REMEMBERED) {
        seen.clear();
      }
      if (!seen.add(statementText + '\u0000' + warning)) {
        continue;
      }
      if (!takeSlot()) {
        suppressed.incrementAndGet();
        continue;
      }
      int dropped = suppressed.getAndSet(0);
      sink.accept(
          "Server warning from "
              + node
              + " for \""
              + statementText
              + "\": "
              + warning
              + " (logged once per statement and warning"
              + (dropped == 0 ? "" : "; " + dropped + " other warning(s) not logged, over the rate")
              + "; SessionBuilder.logServerWarnings(false) turns this off)");
    }
  }

  private boolean takeSlot() {
    long now = nanoClock.getAsLong();
    long start = windowStart.get();
    if (start == Long.MIN_VALUE || now - start >= 1_000_000_000L) {
      if (windowStart.compareAndSet(start, now)) {
        inWindow.set(0);
      }
    }
    return inWindow.incrementAndGet() <= MAX_PER_SECOND;
  }
}
