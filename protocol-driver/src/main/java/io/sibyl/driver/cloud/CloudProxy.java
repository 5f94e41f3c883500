package io.sibyl.driver.cloud;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SNI proxy of a cloud session, kept current: when a connection to it cannot be opened, the
 * bundle's metadata service is asked again (at most one question at a time, and at most one every
 * {@link #MIN_INTERVAL}), and a new {@code sni_proxy_address} in its answer is used by every
 * connection opened after it; existing connections are left alone. A failed question is logged and
 * the current address kept, so that the next failed connection asks again.
 *
 * <p>Topology changes do not need a question: the host id of a node that joins comes from the
 * cluster's own tables ({@code system.peers}), and only the proxy address of the answer matters
 * after start-up. Created by the session builder; applications do not use it directly.
 */
public final class CloudProxy {
  /** The shortest time between two questions to the metadata service. */
  public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  private static final Logger LOG = LoggerFactory.getLogger(CloudProxy.class);

  private final SecureConnectBundle bundle;
  private final Duration timeout;
  private final AtomicBoolean asking = new AtomicBoolean();
  private volatile InetSocketAddress address;
  private volatile long lastAskNanos;

  /**
   * Starts from the proxy of the first answer.
   *
   * @param bundle the bundle naming the metadata service
   * @param first the proxy address the service gave at start-up, resolved
   * @param timeout the time allowed for each later question
   */
  public CloudProxy(SecureConnectBundle bundle, InetSocketAddress first, Duration timeout) {
    this.bundle = bundle;
    this.address = first;
    this.timeout = timeout;
    this.lastAskNanos = System.nanoTime();
  }

  /** The address to dial now. */
  public InetSocketAddress address() {
    return address;
  }

  /**
   * Reports that a connection to {@code dialled} could not be opened: asks the metadata service
   * where the proxy is now, unless that address is already stale, a question is under way, or the
   * last one was less than {@link #MIN_INTERVAL} ago. Returns at once; the answer arrives on the
   * HTTP client's threads.
   */
  public void unreachable(InetSocketAddress dialled) {
    if (!dialled.equals(address)
        || System.nanoTime() - lastAskNanos < MIN_INTERVAL.toNanos()
        || !asking.compareAndSet(false, true)) {
      return;
    }
    lastAskNanos = System.nanoTime();
    LOG.info(
        "The cloud SNI proxy {} cannot be reached; asking the metadata service again", dialled);
    CloudMetadataClient.fetch(bundle, timeout)
        .whenComplete(
            (info, error) -> {
              try {
                if (error != null) {
                  LOG.warn(
                      "Could not ask the cloud metadata service where the SNI proxy is now; still"
                          + " using {}: {}",
                      address,
                      error.getMessage());
                } else {
                  moveTo(info.sniProxy());
                }
              } finally {
                lastAskNanos = System.nanoTime();
                asking.set(false);
              }
            });
  }

  private void moveTo(InetSocketAddress announced) {
    InetSocketAddress resolved =
        new InetSocketAddress(announced.getHostString(), announced.getPort());
    if (resolved.isUnresolved()) {
      LOG.warn(
          "The cloud metadata service now names the SNI proxy {}:{}, which does not resolve;"
              + " still using {}",
          announced.getHostString(),
          announced.getPort(),
          address);
      return;
    }
    if (!resolved.equals(address)) {
      LOG.info("The cloud SNI proxy moved from {} to {}", address, resolved);
      address = resolved;
    }
  }
}
