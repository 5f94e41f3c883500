package io.sibyl.driver.internal.session;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.auth.AuthProvider;
import io.sibyl.driver.metadata.NodeStateListener;
import io.sibyl.driver.policy.LoadBalancingPolicy;
import io.sibyl.driver.policy.ReconnectionPolicy;
import io.sibyl.driver.policy.RetryPolicy;
import io.sibyl.driver.policy.SpeculativeExecutionPolicy;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * Everything a session is built with; made by {@code SessionBuilder}.
 *
 * @param contactPoints the addresses tried first, in order
 * @param addressTranslator maps the addresses nodes advertise to the addresses dialled (not applied
 *     to the contact points)
 * @param localDatacenter the data center whose nodes are preferred, or null to infer it
 * @param keyspace the keyspace connections {@code USE}, or null
 * @param authProvider credentials, or null
 * @param protocolVersion a forced protocol version, or null to negotiate
 * @param compression whether to use LZ4
 * @param connectTimeout TCP connect plus handshake, per connection
 * @param requestTimeout the default overall time a request may take
 * @param timestampGenerator gives the write timestamps of statements that have none
 * @param attemptTimeout the time one attempt on one node may take, or null for no limit
 * @param consistency the default consistency level
 * @param serialConsistency the default serial consistency level
 * @param pageSize the default number of rows per page
 * @param idempotent the default idempotence of statements
 * @param connectionsPerNode connections opened to each local node
 * @param remoteConnectionsPerNode connections opened to each remote node
 * @param maxRequestsPerConnection stream ids used per connection
 * @param heartbeatInterval idle time before a heartbeat; zero disables
 * @param maxFrameLength the largest frame accepted
 * @param schemaAgreementTimeout how long to wait for schema agreement after DDL; zero disables
 * @param codecs the codec registry
 * @param loadBalancingPolicy orders the nodes of each request
 * @param retryPolicy decides retries
 * @param speculativeExecutionPolicy decides speculative executions
 * @param reconnectionPolicy spaces reconnection attempts
 * @param nodeStateListeners told of node changes
 * @param sslContext client TLS, or null for plain TCP
 * @param hostnameVerification whether TLS checks that the node's certificate matches its address
 * @param maxConcurrentRequests requests run at once; more wait in the throttle's queue
 * @param maxQueuedRequests requests that may wait; more are refused
 * @param requestTrackers told of each request's outcome
 * @param executionProfiles the named execution profiles
 * @param prepareOnAllNodes whether a new prepared statement is also prepared on every other node
 * @param logServerWarnings whether the warnings the server attaches to responses are logged
 * @param contactPointNames the contact points given as host names, unresolved, to resolve again
 *     when no known node can be reached
 * @param schemaScope the keyspaces whose schema metadata is read (all, some or none)
 * @param pagingTokenKey the key that signs paging tokens, or null for a random key per session
 * @param sniProxy the cloud SNI proxy every connection goes through, kept current from the metadata
 *     service (contact points are then unresolved addresses named by host id), or null to dial
 *     nodes directly
 * @param transport the socket transport (NIO, epoll, or epoll where it loads)
 */
public record SessionConfig(
    List<InetSocketAddress> contactPoints,
    io.sibyl.driver.AddressTranslator addressTranslator,
    String localDatacenter,
    String keyspace,
    AuthProvider authProvider,
    ProtocolVersion protocolVersion,
    boolean compression,
    Duration connectTimeout,
    Duration requestTimeout,
    io.sibyl.driver.TimestampGenerator timestampGenerator,
    Duration attemptTimeout,
    Consistency consistency,
    Consistency serialConsistency,
    int pageSize,
    boolean idempotent,
    int connectionsPerNode,
    int remoteConnectionsPerNode,
    int maxRequestsPerConnection,
    Duration heartbeatInterval,
    int maxFrameLength,
    Duration schemaAgreementTimeout,
    CodecRegistry codecs,
    LoadBalancingPolicy loadBalancingPolicy,
    RetryPolicy retryPolicy,
    SpeculativeExecutionPolicy speculativeExecutionPolicy,
    ReconnectionPolicy reconnectionPolicy,
    List<NodeStateListener> nodeStateListeners,
    SSLContext sslContext,
    boolean hostnameVerification,
    int maxConcurrentRequests,
    int maxQueuedRequests,
    List<RequestTracker> requestTrackers,
    java.util.Map<String, io.sibyl.driver.ExecutionProfile> executionProfiles,
    boolean prepareOnAllNodes,
    boolean logServerWarnings,
    List<InetSocketAddress> contactPointNames,
    io.sibyl.driver.internal.cluster.SchemaScope schemaScope,
    byte[] pagingTokenKey,
    io.sibyl.driver.cloud.CloudProxy sniProxy,
    io.sibyl.driver.Transport transport) {

  /**
   * The named profile.
   *
   * @throws IllegalArgumentException if there is none of that name
   */
  public io.sibyl.driver.ExecutionProfile profile(String name) {
    io.sibyl.driver.ExecutionProfile profile = executionProfiles.get(name);
    if (profile == null) {
      throw new IllegalArgumentException(
          "No execution profile named '"
              + name
              + "'; the session has "
              + executionProfiles.keySet()
              + " (register them with SessionBuilder.executionProfile)");
    }
    return profile;
  }
}
