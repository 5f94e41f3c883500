package io.sibyl.driver.internal.session;

import io.netty.util.concurrent.FastThreadLocalThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates the driver's I/O threads, marked so that blocking calls on them can be refused. */
public final class DriverThreads implements ThreadFactory {
  private final String prefix;
  private final AtomicInteger count = new AtomicInteger();

  /** A factory whose threads are named {@code <prefix>-<n>}. */
  public DriverThreads(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new IoThread(task, prefix + "-" + count.getAndIncrement());
    thread.setDaemon(true);
    return thread;
  }

  /** Whether the calling thread is one of the driver's I/O threads. */
  public static boolean isIoThread() {
    return Thread.currentThread() instanceof IoThread;
  }

  private static final class IoThread extends FastThreadLocalThread {
    IoThread(Runnable task, String name) {
      super(task, name);
    }
  }
}
