/**
 * The control connection and what it learns: topology (with address translation), schema metadata,
 * schema agreement, events, and the token map. Every control query is bounded by a timeout and
 * fails over to another node.
 */
package io.sibyl.driver.internal.cluster;
