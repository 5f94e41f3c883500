/**
 * One request's life: the handler that walks the query plan, retries, runs speculative executions
 * and enforces the deadline; attempts on connections; the throttle; client timestamps; metrics. A
 * request's outcome is claimed exactly once; its future always completes. Also the translation
 * between the API and the protocol: statements into messages ({@link
 * io.sibyl.driver.internal.request.RequestMessages}), results into result sets and prepared
 * statements ({@link io.sibyl.driver.internal.request.ResultConverter}), so that the API package
 * never names a protocol message.
 */
package io.sibyl.driver.internal.request;
