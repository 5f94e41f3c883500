/**
 * What the session knows of the cluster: nodes and their state, keyspaces, tables and indexes, the
 * token map, and the listener told of node changes. Read-only snapshots, refreshed by the control
 * connection.
 */
package io.sibyl.driver.metadata;
