/**
 * Per-node connection pools: opening, replacing and closing connections, keyspace switches, and
 * marking nodes up and down. Pool state changes happen under the pool's lock; requests only read
 * the current connections.
 */
package io.sibyl.driver.internal.pool;
