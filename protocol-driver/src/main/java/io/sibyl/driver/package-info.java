/**
 * The driver's entry points: {@link io.sibyl.driver.Session} and its builder, statements, results
 * and rows, and the request hooks ({@link io.sibyl.driver.RequestTracker}, {@link
 * io.sibyl.driver.TimestampGenerator}, {@link io.sibyl.driver.AddressTranslator}). Everything here
 * is safe to use from any thread; sync calls refuse to block a driver I/O thread.
 */
package io.sibyl.driver;
