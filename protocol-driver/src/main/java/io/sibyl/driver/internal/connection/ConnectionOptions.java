package io.sibyl.driver.internal.connection;

import io.sibyl.driver.auth.AuthProvider;
import java.time.Duration;

/**
 * What every connection of a session is opened with.
 *
 * @param sessionName the session's name in log prefixes, e.g. {@code s0}
 * @param authProvider credentials for nodes that ask for them, or null
 * @param compression whether to compress frames with LZ4
 * @param connectTimeout the time allowed for the TCP connection and the handshake together
 * @param heartbeatInterval idle time after which a heartbeat (OPTIONS) is sent; zero disables
 * @param maxFrameLength the largest frame accepted from a node, in bytes
 * @param maxStreams the number of stream ids used per connection (a multiple of 64, at most 32768)
 * @param maxOrphans how many timed-out requests may hold a stream id before the connection is
 *     closed
 * @param sslContext client TLS, or null for plain TCP
 * @param hostnameVerification whether TLS checks that the node's certificate names its address
 * @param router where each node is really dialled, and with which TLS server name
 */
public record ConnectionOptions(
    String sessionName,
    AuthProvider authProvider,
    boolean compression,
    Duration connectTimeout,
    Duration heartbeatInterval,
    int maxFrameLength,
    int maxStreams,
    int maxOrphans,
    javax.net.ssl.SSLContext sslContext,
    boolean hostnameVerification,
    EndpointRouter router) {}
