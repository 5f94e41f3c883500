/**
 * The native protocol's framing: v4 envelopes, v5 segments with CRC24/CRC32, LZ4 compression, and
 * the primitive encodings. Decoders check every announced length against the bytes received before
 * allocating. Buffers are owned by whoever holds them last and released there.
 */
package io.sibyl.driver.internal.protocol;
