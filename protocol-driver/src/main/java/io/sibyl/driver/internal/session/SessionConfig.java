package io.sibyl.driver.internal.session;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.auth.AuthProvider;
import io.sibyl.driver.type.CodecRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * Everything a session is built with; made by {@code SessionBuilder}.
 *
 * @param contactPoints the addresses tried first, in order
 * @param localDatacenter the data center whose nodes are preferred, or null
 * @param keyspace the keyspace connections {@code USE}, or null
 * @param authProvider credentials, or null
 * @param protocolVersion a forced protocol version, or null to negotiate
 * @param compression whether to use LZ4
 * @param connectTimeout TCP connect plus handshake, per connection
 * @param requestTimeout the default time a request may take
 * @param consistency the default consistency level
 * @param serialConsistency the default serial consistency level
 * @param pageSize the default number of rows per page
 * @param idempotent the default idempotence of statements
 * @param connectionsPerNode connections opened to each node
 * @param maxRequestsPerConnection stream ids used per connection
 * @param heartbeatInterval idle time before a heartbeat; zero disables
 * @param maxFrameLength the largest frame accepted
 * @param codecs the codec registry
 */
public record SessionConfig(
    List<InetSocketAddress> contactPoints,
    String localDatacenter,
    String keyspace,
    AuthProvider authProvider,
    ProtocolVersion protocolVersion,
    boolean compression,
    Duration connectTimeout,
    Duration requestTimeout,
    Consistency consistency,
    Consistency serialConsistency,
    int pageSize,
    boolean idempotent,
    int connectionsPerNode,
    int maxRequestsPerConnection,
    Duration heartbeatInterval,
    int maxFrameLength,
    CodecRegistry codecs) {}
