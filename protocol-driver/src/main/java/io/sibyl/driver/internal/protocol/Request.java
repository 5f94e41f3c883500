package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;

/**
 * A message that the client sends. Implementations encode their body only; the envelope header,
 * tracing flag and custom payload are written by {@link FrameCodec}.
 */
public interface Request extends Message {
  /** The exact number of bytes that {@link #encode} writes for {@code version}. */
  int encodedSize(ProtocolVersion version);

  /**
   * Writes the message body to {@code out}.
   *
   * @throws IllegalArgumentException if the message uses a feature {@code version} does not have
   */
  void encode(ByteBuf out, ProtocolVersion version);
}
