/**
 * One request's life: the handler that walks the query plan, retries, runs speculative executions
 * and enforces the deadline; attempts on connections; the throttle; client timestamps; metrics. A
 * request's outcome is claimed exactly once; its future always completes.
 */
package io.sibyl.driver.internal.request;
