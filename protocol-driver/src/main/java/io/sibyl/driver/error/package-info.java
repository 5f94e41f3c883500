/**
 * Every error the driver reports, all unchecked {@link io.sibyl.driver.DriverException}s: one class
 * per server error code (with its fields), and the client-side failures (timeouts, no node,
 * connection loss, throttling, encoding). Messages name the node and the statement text, never
 * bound values.
 */
package io.sibyl.driver.error;
