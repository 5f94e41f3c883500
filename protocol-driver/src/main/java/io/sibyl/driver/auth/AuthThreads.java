package io.sibyl.driver.auth;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run blocking authentication steps (ticket requests to a KDC, JAAS logins, DNS
 * lookups) so that the driver's I/O threads never wait for them. Two daemon threads at most, shared
 * by every session, gone after ten idle seconds.
 */
final class AuthThreads {
  private static final AtomicInteger IDS = new AtomicInteger();

  private static final ThreadPoolExecutor EXECUTOR = create();

  private AuthThreads() {}

  /** The shared executor. */
  static Executor executor() {
    return EXECUTOR;
  }

  private static ThreadPoolExecutor create() {
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            2,
            2,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "sibyl-auth-" + IDS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
