/**
 * The pluggable policies and their built-in implementations: load balancing (query plans), retry,
 * speculative execution and reconnection. Policies are called on driver threads and must not block.
 */
package io.sibyl.driver.policy;
