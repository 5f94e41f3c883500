/**
 * CQL data types and the value types (tuples, UDT values, durations, vectors), with the accessors
 * by index and name that rows, bound statements and values share. Codecs are in {@link
 * io.sibyl.driver.type.codec}; Netty buffers never reach this package.
 */
package io.sibyl.driver.type;
