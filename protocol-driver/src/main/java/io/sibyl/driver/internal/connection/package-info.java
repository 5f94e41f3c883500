/**
 * One connection: the Netty pipeline (framing, handshake, heartbeats, in-flight requests by stream
 * id), write coalescing, and stream-id bookkeeping. Handlers run on the channel's event loop; a
 * stream id is released exactly once, on answer, timeout or connection loss.
 */
package io.sibyl.driver.internal.connection;
