package io.sibyl.driver.internal.cluster;

import io.netty.channel.EventLoopGroup;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Row;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.pool.ConnectionOpener;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.pool.NodePool;
import io.sibyl.driver.internal.protocol.message.Event;
import io.sibyl.driver.internal.session.RowDecoder;
import io.sibyl.driver.internal.session.SessionConfig;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.policy.ReconnectionPolicy;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the session's view of the cluster current: the nodes (from the system tables, refreshed on
 * topology events), their up/down hints, the schema (refreshed on schema events) and the token map.
 * Events are debounced: a burst of them causes one refresh. When the control connection breaks, it
 * moves to another node, with the reconnection policy's delays.
 */
public final class ClusterMonitor {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterMonitor.class);
  private static final long DEBOUNCE_MILLIS = 200;
  private static final long AGREEMENT_POLL_MILLIS = 200;

  /** What the monitor needs of its session: the session core, or a fake in unit tests. */
  public interface Owner {
    /** The session's configuration. */
    SessionConfig config();

    /** The session's name in logs. */
    String name();

    /** Whether the session is closed. */
    boolean isClosed();

    /** The protocol version once the session started, else null. */
    ProtocolVersion protocolVersion();

    /** A node joined. */
    void onAdd(Node node);

    /** A node left. */
    void onRemove(Node node);

    /** A node moved to another address. */
    void onMoved(DefaultNode node);

    /** The cluster reported a node up. */
    void reconnectNow(DefaultNode node);
  }

  private final Owner core;
  private final EventLoopGroup scheduler;
  private final ControlConnection control;
  private final Topology topology = new Topology();
  private final AtomicBoolean nodeRefreshPending = new AtomicBoolean();
  private final AtomicBoolean schemaRefreshPending = new AtomicBoolean();
  // Schema refreshes run one after the other (each reads the scope when it starts), so that a
  // refresh started for a wider scope is never overtaken by an older, narrower one.
  private final Object schemaLock = new Object();
  private CompletableFuture<Void> schemaChain = CompletableFuture.completedFuture(null);
  // The first read of the schema, or the latest one that widened the scope: what metadata readers
  // wait for.
  private volatile CompletableFuture<Void> schemaRead = CompletableFuture.completedFuture(null);
  private volatile SchemaScope scope;
  // Every keyspace (with its tables when in scope) for the token map; the ones in scope for users.
  private volatile Map<String, KeyspaceMetadata> allKeyspaces = Map.of();
  private volatile Map<String, KeyspaceMetadata> keyspaces = Map.of();
  private volatile DefaultTokenMap tokenMap;
  private volatile String clusterName;
  private volatile String partitioner;
  private volatile String localDatacenter;
  private volatile ProtocolVersion version;
  private List<InetSocketAddress> contactPoints;

  /** Creates the monitor; {@link #init} connects it. */
  public ClusterMonitor(
      Owner core, ConnectionOpener opener, RowDecoder decoder, EventLoopGroup scheduler) {
    this.core = core;
    this.scheduler = scheduler;
    this.scope = core.config().schemaScope();
    this.control =
        new ControlConnection(
            opener,
            decoder,
            this::onEvent,
            scheduler,
            core.config().connectTimeout(),
            core.config().addressTranslator());
  }

  /**
   * Connects the control connection and reads the nodes and every keyspace's replication (what the
   * token map needs); completes then. The tables, columns, types and indexes of the keyspaces in
   * scope are read afterwards, in the background, while the session opens its pools: {@link
   * #keyspacesWhenRead()} waits for them.
   */
  public CompletableFuture<Connection> init(
      List<InetSocketAddress> contactPoints, ProtocolVersion forcedVersion) {
    this.contactPoints = contactPoints;
    return control
        .connect(
            contactPoints,
            forcedVersion,
            connection -> {
              version = connection.protocolVersion();
              return refreshNodes().thenCombine(readReplication(), (nodes, keyspaces) -> null);
            })
        .thenApply(
            connection -> {
              watch(connection);
              localDatacenter = inferLocalDatacenter(connection);
              rebuildTokenMap();
              if (scope.readsTables()) {
                schemaRead = refreshSchema();
                schemaRead.exceptionally(
                    error -> {
                      LOG.debug("[{}] first schema read failed", core.name(), error);
                      return null;
                    });
              }
              return connection;
            });
  }

  /** Reads every keyspace's row only (replication, for the token map). */
  private CompletableFuture<Void> readReplication() {
    return control
        .readSchema(SchemaScope.NONE)
        .thenAccept(rows -> allKeyspaces = SchemaParser.parse(rows));
  }

  /**
   * Checks that {@code keyspace} exists by switching the control connection to it (bounded by the
   * control query timeout).
   */
  public CompletableFuture<Void> checkKeyspace(String keyspace) {
    Connection connection = control.connection();
    return control.use(connection, keyspace);
  }

  private String inferLocalDatacenter(Connection connection) {
    String configured = core.config().localDatacenter();
    if (configured != null) {
      return configured;
    }
    DefaultNode controlNode = topology.byAddress(connection.address());
    return controlNode == null ? null : controlNode.datacenter();
  }

  // --- refreshes -----------------------------------------------------------------------------

  private CompletableFuture<Void> refreshNodes() {
    return control
        .readNodes()
        .thenCombine(control.readLocal(), (infos, local) -> apply(infos, local));
  }

  private Void apply(List<NodeInfo> infos, Row local) {
    if (local != null) {
      clusterName = local.getString("cluster_name");
      partitioner = local.getString("partitioner");
    }
    boolean started = core.protocolVersion() != null;
    Topology.Changes changes = topology.apply(infos);
    if (started) {
      changes.added().forEach(core::onAdd);
      changes.removed().forEach(core::onRemove);
      changes.moved().forEach(core::onMoved);
    }
    rebuildTokenMap();
    return null;
  }

  private CompletableFuture<Void> refreshSchema() {
    synchronized (schemaLock) {
      CompletableFuture<Void> next =
          schemaChain.handle((ignored, error) -> null).thenCompose(ignored -> readSchema());
      schemaChain = next;
      return next;
    }
  }

  private CompletableFuture<Void> readSchema() {
    SchemaScope scope = this.scope;
    return control
        .readSchema(scope)
        .thenAccept(
            rows -> {
              Map<String, KeyspaceMetadata> parsed = SchemaParser.parse(rows);
              Map<String, KeyspaceMetadata> shown = new java.util.LinkedHashMap<>();
              parsed.forEach(
                  (name, keyspace) -> {
                    if (scope.includes(name)) {
                      shown.put(name, keyspace);
                    }
                  });
              allKeyspaces = parsed;
              keyspaces = java.util.Collections.unmodifiableMap(shown);
              rebuildTokenMap();
            });
  }

  private void rebuildTokenMap() {
    tokenMap = DefaultTokenMap.build(partitioner, topology.nodes(), allKeyspaces.values());
  }

  // --- events --------------------------------------------------------------------------------

  private void onEvent(Event event) {
    if (event instanceof Event.TopologyChangeEvent) {
      debounce(nodeRefreshPending, this::refreshNodes);
    } else if (event instanceof Event.StatusChangeEvent status) {
      DefaultNode node =
          topology.byEventAddress(
              status.address(), core.config().addressTranslator().translate(status.address()));
      if (node == null) {
        debounce(nodeRefreshPending, this::refreshNodes);
      } else if ("UP".equals(status.change()) && node.state() != NodeState.UP) {
        core.reconnectNow(node);
      }
      // A DOWN event is only a hint: the node's own connections decide its state.
    } else if (event instanceof Event.SchemaChangeEvent change) {
      // Changes outside the chosen keyspaces are not read (see SessionBuilder.schemaMetadata).
      if (scope.refreshesOn(change.keyspace(), change.target())) {
        debounce(schemaRefreshPending, this::refreshSchema);
      }
    }
  }

  private void debounce(
      AtomicBoolean pending, java.util.function.Supplier<CompletableFuture<Void>> refresh) {
    if (pending.compareAndSet(false, true)) {
      scheduler.schedule(
          () -> {
            pending.set(false);
            refresh
                .get()
                .exceptionally(
                    error -> {
                      LOG.debug("[{}] cluster refresh failed", core.name(), error);
                      return null;
                    });
          },
          DEBOUNCE_MILLIS,
          TimeUnit.MILLISECONDS);
    }
  }

  // --- control connection failover -------------------------------------------------------------

  private void watch(Connection connection) {
    connection
        .closeFuture()
        .thenRun(
            () ->
                reconnect(core.config().reconnectionPolicy().newSchedule(), connection.address()));
  }

  /**
   * Moves the control connection to another node: the nodes seen up first, then the others, then
   * the node just left, then the contact points. A candidate counts only once its first refresh
   * succeeded; one whose refresh fails is closed before the next attempt (no leaked connection).
   */
  private void reconnect(ReconnectionPolicy.Schedule schedule, InetSocketAddress left) {
    if (core.isClosed()) {
      return;
    }
    List<InetSocketAddress> candidates = new ArrayList<>();
    for (DefaultNode node : topology.nodes()) {
      if (node.state() == NodeState.UP && !node.address().equals(left)) {
        candidates.add(node.address());
      }
    }
    for (DefaultNode node : topology.nodes()) {
      if (!candidates.contains(node.address()) && !node.address().equals(left)) {
        candidates.add(node.address());
      }
    }
    if (left != null) {
      candidates.add(left);
    }
    // When every known node is gone, the contact points may know better: host names are resolved
    // again (off the I/O threads: DNS blocks), in case the nodes moved to new addresses.
    contactPoints.stream().filter(a -> !candidates.contains(a)).forEach(candidates::add);
    CompletableFuture.supplyAsync(this::resolveContactPointNames)
        .thenCompose(
            resolved -> {
              resolved.stream().filter(a -> !candidates.contains(a)).forEach(candidates::add);
              return control.connect(
                  candidates,
                  version,
                  connection -> refreshNodes().thenCompose(ignored -> refreshSchema()));
            })
        .thenAccept(
            connection -> {
              LOG.debug("[{}] control connection moved to {}", core.name(), connection.address());
              watch(connection);
            })
        .exceptionally(
            error -> {
              if (!core.isClosed()) {
                long delay = schedule.nextDelay().toMillis();
                LOG.debug(
                    "[{}] control connection down, retrying in {} ms: {}",
                    core.name(),
                    delay,
                    error.getMessage());
                scheduler.schedule(() -> reconnect(schedule, null), delay, TimeUnit.MILLISECONDS);
              }
              return null;
            });
  }

  private List<InetSocketAddress> resolveContactPointNames() {
    List<InetSocketAddress> resolved = new ArrayList<>();
    for (InetSocketAddress name : core.config().contactPointNames()) {
      try {
        for (java.net.InetAddress address :
            java.net.InetAddress.getAllByName(name.getHostString())) {
          resolved.add(new InetSocketAddress(address, name.getPort()));
        }
      } catch (java.net.UnknownHostException e) {
        LOG.debug("[{}] contact point {} does not resolve", core.name(), name.getHostString());
      }
    }
    return resolved;
  }

  // --- schema agreement --------------------------------------------------------------------------

  /**
   * Completes with true once every node not known to be down reports the same schema version, or
   * with false (and a WARN) when the session's schema agreement timeout passes first.
   */
  public CompletableFuture<Boolean> awaitSchemaAgreement() {
    return awaitSchemaAgreement(null);
  }

  /**
   * As {@link #awaitSchemaAgreement()}, after a schema change that {@code coordinator} ran: the
   * version agreed on must also be the coordinator's own (read from it directly). Without that, the
   * control node and the gossip it relays may all still show the version from before the change
   * (the coordinator answers once it applied the change locally, before the others heard of it),
   * and "agreement" would be declared on the old schema.
   *
   * @param coordinator the node that ran the change, or null
   */
  public CompletableFuture<Boolean> awaitSchemaAgreement(InetSocketAddress coordinator) {
    long timeoutMillis = core.config().schemaAgreementTimeout().toMillis();
    if (timeoutMillis <= 0) {
      return CompletableFuture.completedFuture(false);
    }
    CompletableFuture<Boolean> agreed = new CompletableFuture<>();
    checkAgreement(
        agreed, System.nanoTime() + timeoutMillis * 1_000_000, timeoutMillis, coordinator);
    return agreed;
  }

  private void checkAgreement(
      CompletableFuture<Boolean> agreed,
      long deadline,
      long timeoutMillis,
      InetSocketAddress coordinator) {
    Connection connection = control.connection();
    CompletableFuture<Object> coordinatorVersion = coordinatorVersion(coordinator, connection);
    control
        .query(connection, "SELECT schema_version FROM system.local")
        .thenCombine(
            control.query(connection, "SELECT host_id, schema_version FROM system.peers"),
            this::versions)
        .thenCombine(
            coordinatorVersion,
            (versions, own) -> {
              if (own != null) {
                versions.add(own); // a second version unless everyone has the coordinator's
              }
              return versions;
            })
        .whenComplete(
            (versions, error) -> {
              if (error == null && versions.size() == 1 && !versions.contains(null)) {
                agreed.complete(true);
              } else if (System.nanoTime() > deadline || core.isClosed()) {
                if (!core.isClosed()) {
                  LOG.warn(
                      "[{}] schema agreement not reached within {} ms (versions seen: {}{}); the"
                          + " next statements may hit nodes without the new schema. Check the"
                          + " nodes' health (nodetool describecluster) or raise"
                          + " schemaAgreementTimeout",
                      core.name(),
                      timeoutMillis,
                      versions,
                      error == null ? "" : ", last error: " + error.getMessage());
                }
                agreed.complete(false);
              } else {
                scheduler.schedule(
                    () -> checkAgreement(agreed, deadline, timeoutMillis, coordinator),
                    AGREEMENT_POLL_MILLIS,
                    TimeUnit.MILLISECONDS);
              }
            });
  }

  /**
   * The schema version the coordinator of a change reports itself, read over one of its pool's
   * connections; null when not needed (no coordinator, or it is the control node) or not available
   * (no open connection, or the read failed: the check falls back to the others).
   */
  private CompletableFuture<Object> coordinatorVersion(
      InetSocketAddress coordinator, Connection controlConnection) {
    if (coordinator == null
        || (controlConnection != null && coordinator.equals(controlConnection.address()))) {
      return CompletableFuture.completedFuture(null);
    }
    DefaultNode node = topology.byAddress(coordinator);
    NodePool pool = node == null ? null : node.pool();
    Connection connection = pool == null ? null : pool.next();
    if (connection == null) {
      return CompletableFuture.completedFuture(null);
    }
    return control
        .query(connection, "SELECT schema_version FROM system.local", false)
        .<Object>thenApply(rows -> rows.isEmpty() ? null : rows.get(0).getUuid("schema_version"))
        .exceptionally(error -> null);
  }

  /**
   * The schema versions of the control node and of each peer that counts: every peer with a host
   * id, unless the driver knows it is down. A peer the driver has not mapped yet (it joined since
   * the last refresh) counts, and so does a null version (the peer has not reported one yet): both
   * mean "not known to agree".
   */
  private Set<Object> versions(List<Row> local, List<Row> peers) {
    // A HashSet: it may hold null (a peer without a version yet).
    Set<Object> versions = new HashSet<>();
    local.forEach(row -> versions.add(row.getUuid("schema_version")));
    boolean unmapped = false;
    for (Row peer : peers) {
      java.util.UUID hostId = peer.getUuid("host_id");
      if (hostId == null) {
        continue; // a half-written row of a node that is joining: nothing to connect to yet
      }
      DefaultNode node = nodeByHostId(hostId);
      if (node == null) {
        unmapped = true;
      } else if (node.state() == NodeState.DOWN) {
        continue;
      }
      versions.add(peer.getUuid("schema_version"));
    }
    if (unmapped) {
      debounce(nodeRefreshPending, this::refreshNodes);
    }
    return versions;
  }

  private DefaultNode nodeByHostId(java.util.UUID hostId) {
    for (DefaultNode node : topology.nodes()) {
      if (hostId != null && hostId.equals(node.hostId())) {
        return node;
      }
    }
    return null;
  }

  /** Refreshes the schema now (after DDL), then completes. */
  public CompletableFuture<Void> refreshSchemaNow() {
    return refreshSchema();
  }

  // --- accessors ---------------------------------------------------------------------------------

  /** The node known at {@code address} (see {@link Topology#byAddress}), or null. */
  public DefaultNode nodeAt(InetSocketAddress address) {
    return topology.byAddress(address);
  }

  /** The control connection. */
  public Connection controlConnection() {
    return control.connection();
  }

  /** Every known node. */
  public List<DefaultNode> nodes() {
    return topology.nodes();
  }

  /** The local data center (configured or inferred), or null. */
  public String localDatacenter() {
    return localDatacenter;
  }

  /** The cluster's name. */
  public String clusterName() {
    return clusterName;
  }

  /** The keyspaces read so far (without waiting). */
  public Map<String, KeyspaceMetadata> keyspaces() {
    return keyspaces;
  }

  /**
   * The keyspaces, once the first schema read (or the latest one that widened the scope) ended:
   * waits for it at most twice the connect timeout (the control query timeout) plus a second,
   * unless called on a driver I/O thread (which would block the read itself), and then returns what
   * is known.
   */
  public Map<String, KeyspaceMetadata> keyspacesWhenRead() {
    await(schemaRead);
    return keyspaces;
  }

  /**
   * The keyspace {@code name}, once read: with a scope that grows on demand, a keyspace outside it
   * is added to it and read first (see {@link #include}).
   */
  public KeyspaceMetadata keyspaceWhenRead(String name) {
    SchemaScope current = scope;
    await(current.extensible() && !current.includes(name) ? include(List.of(name)) : schemaRead);
    return keyspaces.get(name);
  }

  /**
   * Adds keyspaces to a scope that names its keyspaces (a list, or on demand) and reads their
   * metadata; from then on, their schema-change events refresh it. With every keyspace or schema
   * metadata off, the scope stays as it is. Completes when the keyspaces were read.
   */
  public CompletableFuture<Void> include(java.util.Collection<String> names) {
    synchronized (schemaLock) {
      SchemaScope wider = scope.with(names);
      if (wider == scope) {
        return schemaRead;
      }
      LOG.debug("[{}] schema metadata now covers {}", core.name(), wider.keyspaces());
      scope = wider;
      CompletableFuture<Void> read = refreshSchema();
      schemaRead = read;
      return read;
    }
  }

  /** The current schema metadata scope. */
  public SchemaScope scope() {
    return scope;
  }

  private void await(CompletableFuture<Void> read) {
    if (read.isDone() || io.sibyl.driver.internal.session.DriverThreads.isIoThread()) {
      return;
    }
    try {
      // Each control query is bounded by the connect timeout; a refresh may queue behind another.
      read.get(2 * core.config().connectTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      LOG.debug("[{}] schema metadata not read: {}", core.name(), e.toString());
    }
  }

  /** The token map, or null when unknown. */
  public DefaultTokenMap tokenMap() {
    return tokenMap;
  }

  /** Closes the control connection. */
  public CompletableFuture<Void> close() {
    return control.close();
  }
}
