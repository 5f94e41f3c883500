package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.it.support.SessionITBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * The sync API on virtual threads: many virtual threads each run sync requests against the real
 * node, and no virtual thread is pinned to its carrier inside Sibyl's code (JFR's
 * jdk.VirtualThreadPinned events, recorded with no threshold). Runs on Java 21 and later; the build
 * targets Java 17, so virtual threads are reached through the executor factory by name; tagged
 * {@code java21}, it runs in the Java 25 pass of CI ({@code .ci/java25.sh}).
 */
@Tag("java21")
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadsIT extends SessionITBase {
  private static final int THREADS = 10_000;
  private static final int REQUESTS_PER_THREAD = 3;

  @BeforeAll
  static void createTable() {
    session.execute("CREATE TABLE IF NOT EXISTS vt_counts (id int PRIMARY KEY, name text)");
  }

  @Test
  @Timeout(180)
  void should_run_sync_requests_on_ten_thousand_virtual_threads_without_pinning() throws Exception {
    PreparedStatement insert = session.prepare("INSERT INTO vt_counts (id, name) VALUES (?, ?)");
    PreparedStatement select = session.prepare("SELECT name FROM vt_counts WHERE id = ?");
    AtomicInteger readBack = new AtomicInteger();
    // Load the classes of the request path first: a virtual thread that loads a class is pinned
    // while the JDK loads it (a JDK limitation, once per class, not a lock of Sibyl's).
    session.execute(insert.bind(-1, "warm-up"));
    session.execute(select.bind(-1)).one();
    Path jfr = Files.createTempFile("sibyl-virtual-threads", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
      recording.start();
      ExecutorService virtualThreads = newVirtualThreadPerTaskExecutor();
      try {
        List<Future<?>> done = new ArrayList<>(THREADS);
        for (int t = 0; t < THREADS; t++) {
          int id = t;
          done.add(
              virtualThreads.submit(
                  () -> {
                    session.execute(insert.bind(id, "thread-" + id));
                    for (int r = 1; r < REQUESTS_PER_THREAD; r++) {
                      Row row = session.execute(select.bind(id)).one();
                      if (row != null && ("thread-" + id).equals(row.getString("name"))) {
                        readBack.incrementAndGet();
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> future : done) {
          future.get(120, TimeUnit.SECONDS);
        }
      } finally {
        virtualThreads.shutdownNow();
        virtualThreads.awaitTermination(10, TimeUnit.SECONDS);
      }
      recording.stop();
      recording.dump(jfr);
    }
    List<String> pinnedInSibyl = new ArrayList<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
      if (event.getStackTrace() == null) {
        continue;
      }
      StringBuilder stack = new StringBuilder();
      boolean ours = false;
      boolean classLoading = false;
      for (RecordedFrame frame : event.getStackTrace().getFrames()) {
        String type = frame.getMethod().getType().getName();
        ours |= type.startsWith("io.sibyl.");
        classLoading |= type.equals("java.lang.ClassLoader");
        stack.append("\n  at ").append(type).append('.').append(frame.getMethod().getName());
      }
      if (ours && !classLoading) {
        pinnedInSibyl.add("pinned for " + event.getDuration() + stack);
      }
    }
    Files.deleteIfExists(jfr);

    assertThat(readBack).hasValue(THREADS * (REQUESTS_PER_THREAD - 1));
    assertThat(pinnedInSibyl).as("virtual threads pinned inside Sibyl").isEmpty();
  }

  /** {@code Executors.newVirtualThreadPerTaskExecutor()}, which a Java 17 build cannot name. */
  private static ExecutorService newVirtualThreadPerTaskExecutor() throws Exception {
    return (ExecutorService)
        Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
  }
}
