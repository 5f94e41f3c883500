/**
 * The built-in codecs of every CQL type and the helpers they share (buffers, variable-length
 * integers, collection and vector layouts). Stateless and thread-safe.
 */
package io.sibyl.driver.internal.codec;
