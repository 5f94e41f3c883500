package io.sibyl.it.support;

import java.net.InetSocketAddress;

/**
 * One request a simulated node received, from Simulacron's activity log.
 *
 * @param node the simulated node that received it
 * @param query the CQL text (for QUERY, and for EXECUTE of a statement Simulacron knows)
 * @param type the request's opcode name: QUERY, EXECUTE, PREPARE, BATCH, OPTIONS...
 * @param consistency the consistency level it asked for, or null
 * @param receivedMillis when the node received it (epoch milliseconds)
 */
public record SimulacronQuery(
    InetSocketAddress node, String query, String type, String consistency, long receivedMillis) {}
