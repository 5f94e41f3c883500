/**
 * The codec SPI ({@link io.sibyl.driver.type.codec.TypeCodec}, {@link
 * io.sibyl.driver.type.codec.MappingCodec}, the primitive codecs that avoid boxing) and the {@link
 * io.sibyl.driver.type.codec.CodecRegistry} that finds codecs. Codecs read and write {@code
 * ByteBuffer}s and are immutable; the built-in ones live in the driver's internal packages and
 * reach the registry through {@link io.sibyl.driver.type.codec.BuiltInCodecProvider}.
 */
package io.sibyl.driver.type.codec;
