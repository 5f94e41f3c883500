package io.sibyl.bench.load;

import java.net.InetSocketAddress;
import java.util.Set;

/**
 * Where a load test sends its requests.
 *
 * @param name the section name in the results, e.g. {@code cassandra} or {@code responder}
 * @param contactPoint the address drivers connect to
 * @param datacenter the local data center
 * @param serverThreadIds threads of this JVM that serve the requests (an in-process responder):
 *     left out of the client's CPU and allocations
 * @param referenceMetadata whether the reference driver keeps schema and token metadata (its
 *     default; off for the responder, which cannot answer the schema queries)
 */
public record Target(
    String name,
    InetSocketAddress contactPoint,
    String datacenter,
    Set<Long> serverThreadIds,
    boolean referenceMetadata) {}
