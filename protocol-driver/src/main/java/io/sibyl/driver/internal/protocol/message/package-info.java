/**
 * The protocol's messages, one class per opcode and result kind, each with its encoder or decoder
 * for v4 and v5.
 */
package io.sibyl.driver.internal.protocol.message;
