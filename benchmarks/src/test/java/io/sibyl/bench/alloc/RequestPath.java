package io.sibyl.bench.alloc;

import io.sibyl.bench.load.DriverClient;
import io.sibyl.bench.load.KvTable;
import java.util.concurrent.CompletableFuture;

/**
 * One way of sending requests whose allocation is measured: a name (as in docs/performance.md) and
 * a loop sending a given number of requests through a {@link DriverClient}, waiting for all of
 * their answers.
 *
 * <p>The asynchronous loops keep {@value #WINDOW} requests in flight in batches: send a batch, then
 * wait for each of its answers in turn. The loop itself allocates nothing per request (the batch
 * array is reused; waiting on a future that is still pending allocates one small waiter, at most
 * once per batch), so what is counted is the driver's and the mapper's.
 */
final class RequestPath {
  /** Requests in flight in the asynchronous loops. */
  static final int WINDOW = 64;

  private static volatile long sink;

  private final String name;
  private final DriverClient client;
  private final Kind kind;
  private final CompletableFuture<?>[] window = new CompletableFuture<?>[WINDOW];

  private enum Kind {
    SYNC_INSERT,
    SYNC_SELECT,
    ASYNC_INSERT,
    ASYNC_SELECT
  }

  private RequestPath(String name, DriverClient client, Kind kind) {
    this.name = name;
    this.client = client;
    this.kind = kind;
  }

  /** Blocking inserts, one at a time. */
  static RequestPath syncInsert(String name, DriverClient client) {
    return new RequestPath(name, client, Kind.SYNC_INSERT);
  }

  /** Blocking selects by key, one at a time, every column read. */
  static RequestPath syncSelect(String name, DriverClient client) {
    return new RequestPath(name, client, Kind.SYNC_SELECT);
  }

  /** Asynchronous inserts, {@value #WINDOW} in flight. */
  static RequestPath asyncInsert(String name, DriverClient client) {
    return new RequestPath(name, client, Kind.ASYNC_INSERT);
  }

  /** Asynchronous selects by key, {@value #WINDOW} in flight, every column read. */
  static RequestPath asyncSelect(String name, DriverClient client) {
    return new RequestPath(name, client, Kind.ASYNC_SELECT);
  }

  /** The path's name. */
  String name() {
    return name;
  }

  /** Sends {@code count} requests and waits for every answer. */
  void run(int count) {
    switch (kind) {
      case SYNC_INSERT -> {
        for (int i = 0; i < count; i++) {
          client.insert(i % KvTable.KEYS);
        }
      }
      case SYNC_SELECT -> {
        long sum = 0;
        for (int i = 0; i < count; i++) {
          sum += client.select(i % KvTable.KEYS);
        }
        sink = sum;
      }
      case ASYNC_INSERT -> runAsync(count, false);
      case ASYNC_SELECT -> runAsync(count, true);
    }
  }

  private void runAsync(int count, boolean select) {
    long sum = 0;
    for (int sent = 0; sent < count; sent += WINDOW) {
      int batch = Math.min(WINDOW, count - sent);
      for (int j = 0; j < batch; j++) {
        int id = (sent + j) % KvTable.KEYS;
        window[j] =
            (select ? client.selectAsync(id) : client.insertAsync(id)).toCompletableFuture();
      }
      for (int j = 0; j < batch; j++) {
        Object result = window[j].join();
        window[j] = null;
        if (select) {
          sum += client.consume(result);
        }
      }
    }
    sink = sum;
  }

  @Override
  public String toString() {
    return name;
  }
}
