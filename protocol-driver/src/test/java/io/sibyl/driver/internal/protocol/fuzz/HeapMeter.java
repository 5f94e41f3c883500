package io.sibyl.driver.internal.protocol.fuzz;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Measures the heap bytes the current thread allocates (arrays included), through HotSpot's {@code
 * com.sun.management.ThreadMXBean}. Usage: {@code long start = HeapMeter.now(); ...; long bytes =
 * HeapMeter.now() - start;}.
 *
 * <p>Reached by reflection: the driver's module does not read {@code java.management}, and tests
 * run on the class path, where every module is readable at run time.
 */
public final class HeapMeter {
  private static final MethodHandle ALLOCATED_BYTES;

  static {
    try {
      Object threads =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      Class<?> hotspot = Class.forName("com.sun.management.ThreadMXBean");
      hotspot.getMethod("setThreadAllocatedMemoryEnabled", boolean.class).invoke(threads, true);
      ALLOCATED_BYTES =
          MethodHandles.publicLookup()
              .findVirtual(
                  hotspot, "getCurrentThreadAllocatedBytes", MethodType.methodType(long.class))
              .bindTo(threads);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private HeapMeter() {}

  /** The bytes the current thread has allocated since it started. */
  public static long now() {
    try {
      return (long) ALLOCATED_BYTES.invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException("Cannot read the thread's allocated bytes", e);
    }
  }
}
