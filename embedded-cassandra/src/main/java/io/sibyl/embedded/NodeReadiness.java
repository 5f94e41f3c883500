package io.sibyl.embedded;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when started nodes are ready for tests: each accepts CQL (an OPTIONS request answered
 * with SUPPORTED, and with authentication a login as the superuser), each pair of running nodes has
 * logged the other UP in gossip since the awaited node was launched, and each of the pair lists the
 * other in {@code system.peers_v2} (where drivers learn the topology, data centers included).
 */
final class NodeReadiness {

  private static final Logger LOG = LoggerFactory.getLogger(NodeReadiness.class);
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
  private static final long POLL_MILLIS = 100;

  private final ClusterSettings settings;
  private final SSLContext tls;

  /**
   * @param settings the cluster's settings (start timeout, authentication)
   * @param tls the context clients connect with, or {@code null} without client TLS
   */
  NodeReadiness(ClusterSettings settings, SSLContext tls) {
    this.settings = settings;
    this.tls = tls;
  }

  /**
   * Waits until every node of {@code awaited} is ready, within the start timeout.
   *
   * @param awaited the nodes just launched
   * @param cluster all nodes of the cluster, to check gossip against those running
   * @throws EmbeddedCassandraException if a node exits or is not ready in time
   */
  void awaitReady(Collection<EmbeddedNode> awaited, List<EmbeddedNode> cluster) {
    long started = System.nanoTime();
    long deadline = started + settings.startTimeout().toNanos();
    for (EmbeddedNode node : awaited) {
      awaitServing(node, deadline);
    }
    for (EmbeddedNode node : awaited) {
      for (EmbeddedNode peer : cluster) {
        if (peer != node && peer.isRunning()) {
          awaitGossipUp(node, peer, deadline);
        }
      }
    }
    for (EmbeddedNode node : awaited) {
      for (EmbeddedNode peer : cluster) {
        if (peer != node && peer.isRunning()) {
          awaitPeerRow(node, peer, deadline);
          awaitPeerRow(peer, node, deadline);
        }
      }
    }
    for (EmbeddedNode node : awaited) {
      LOG.info(
          "Cassandra {} accepts CQL at {} ({} ms after it was awaited)",
          node.layout().name(),
          node.address(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
  }

  private void awaitServing(EmbeddedNode node, long deadline) {
    NativeProtocolProbe probe = new NativeProtocolProbe(node.address(), tls, PROBE_TIMEOUT);
    String superuser = ClusterSettings.SUPERUSER;
    while (true) {
      Process process = node.process();
      if (process == null || !process.isAlive()) {
        throw node.failure(
            "exited"
                + (process == null ? "" : " with code " + process.exitValue())
                + " before accepting CQL");
      }
      if (probe.answersOptions()
          && (!settings.authentication() || probe.acceptsLogin(superuser, superuser))) {
        return;
      }
      pauseUntil(
          node, deadline, "did not accept CQL" + (settings.authentication() ? " logins" : ""));
    }
  }

  private void awaitGossipUp(EmbeddedNode node, EmbeddedNode peer, long deadline) {
    while (true) {
      if (!node.isRunning()) {
        throw node.failure("exited while waiting to see " + peer + " UP");
      }
      boolean nodeSeesPeer = node.log().sawUpSince(node.launchMark(), peer.layout());
      boolean peerSeesNode = peer.log().sawUpSince(node.peerMark(peer), node.layout());
      if (!peer.isRunning() || (nodeSeesPeer && peerSeesNode)) {
        return;
      }
      pauseUntil(node, deadline, "and " + peer + " did not see each other UP in gossip");
    }
  }

  /**
   * Waits until {@code node} has a row for {@code peer} in {@code system.peers_v2}: a node writes
   * it shortly after it sees the peer UP, so a driver connecting just then could miss the peer.
   */
  private void awaitPeerRow(EmbeddedNode node, EmbeddedNode peer, long deadline) {
    NativeProtocolProbe probe = new NativeProtocolProbe(node.address(), tls, PROBE_TIMEOUT);
    String user = settings.authentication() ? ClusterSettings.SUPERUSER : null;
    String peerAddress = peer.layout().address().getHostAddress();
    while (true) {
      if (!node.isRunning() || !peer.isRunning()) {
        return; // the gossip wait reports exits; a node stopped meanwhile has no row to wait for
      }
      try {
        List<List<String>> rows = probe.query("SELECT peer FROM system.peers_v2", user, user);
        if (rows.stream().anyMatch(row -> peerAddress.equals(row.get(0)))) {
          return;
        }
      } catch (IOException e) {
        // Not answering just now: try again until the deadline.
      }
      pauseUntil(node, deadline, "does not list " + peer + " in system.peers_v2");
    }
  }

  private void pauseUntil(EmbeddedNode node, long deadline, String failure) {
    if (System.nanoTime() > deadline) {
      throw node.failure(failure + " within " + settings.startTimeout());
    }
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw node.failure("was interrupted while starting");
    }
  }
}
