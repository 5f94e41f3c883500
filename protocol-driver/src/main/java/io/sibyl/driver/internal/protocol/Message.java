package io.sibyl.driver.internal.protocol;

/** A message of the native protocol: the body of one envelope, identified by its opcode. */
public interface Message {
  /** The opcode that identifies this message in the envelope header (see {@link Opcode}). */
  int opcode();
}
