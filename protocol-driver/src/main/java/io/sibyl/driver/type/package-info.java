/**
 * CQL data types, the codec SPI ({@link io.sibyl.driver.type.TypeCodec}) and registry, and the
 * value types (tuples, UDT values, durations, vectors). Codecs read and write {@code ByteBuffer}s;
 * Netty buffers never reach this package.
 */
package io.sibyl.driver.type;
