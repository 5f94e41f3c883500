package io.sibyl.testsupport.leak;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class if Netty's leak detector reports a ByteBuf leak while it runs.
 *
 * <p>How: surefire runs with {@code -Dio.netty.leakDetection.level=paranoid} (root pom), so every
 * buffer is tracked. This extension registers a {@link ResourceLeakDetector.LeakListener} on the
 * detector that all ByteBufs share ({@code AbstractByteBuf.leakDetector}, reached by reflection so
 * that it works whatever class initialized Netty first). Netty only reports a leak after the leaked
 * buffer is garbage-collected and another buffer is allocated, so after the class's tests the
 * extension runs the GC and allocates a few buffers before checking what was recorded. A leak from
 * an earlier class that the GC only found now is reported here too: the recorded allocation stack
 * traces name the culprit.
 *
 * <p>Use with {@code @ExtendWith(LeakDetectionExtension.class)}.
 */
public final class LeakDetectionExtension implements BeforeAllCallback, AfterAllCallback {
  private static final List<String> LEAKS = new CopyOnWriteArrayList<>();

  static {
    install();
  }

  private static void install() {
    try {
      Class<?> abstractByteBuf = Class.forName("io.netty.buffer.AbstractByteBuf");
      Field field = abstractByteBuf.getDeclaredField("leakDetector");
      field.setAccessible(true);
      ResourceLeakDetector<?> detector = (ResourceLeakDetector<?>) field.get(null);
      detector.setLeakListener(
          (resourceType, records) -> LEAKS.add(resourceType + " leaked:\n" + records));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("Cannot hook Netty's ByteBuf leak detector", e);
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!ResourceLeakDetector.isEnabled()) {
      throw new IllegalStateException("Netty leak detection is off; run with surefire's argLine");
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    List<String> leaks = collectLeaks();
    if (!leaks.isEmpty()) {
      throw new AssertionError(
          "Netty reported " + leaks.size() + " ByteBuf leak(s):\n" + String.join("\n", leaks));
    }
  }

  /** Runs the GC, makes Netty look for leaks, and returns (and forgets) what it found. */
  public static List<String> collectLeaks() {
    for (int round = 0; round < 3; round++) {
      System.gc();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      // Each tracked allocation makes the detector drain its reference queue.
      for (ByteBufAllocator alloc :
          List.of(
              ByteBufAllocator.DEFAULT,
              PooledByteBufAllocator.DEFAULT,
              UnpooledByteBufAllocator.DEFAULT)) {
        ByteBuf probe = alloc.buffer(1);
        probe.release();
      }
    }
    List<String> leaks = new ArrayList<>(LEAKS);
    LEAKS.clear();
    return leaks;
  }
}
