package io.sibyl.driver.internal.protocol;

/**
 * A message that the server sends. Decoded responses own all their data: they never keep a
 * reference to the buffer they were read from.
 */
public interface Response extends Message {}
