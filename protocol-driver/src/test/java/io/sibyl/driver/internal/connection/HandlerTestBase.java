package io.sibyl.driver.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.sibyl.testsupport.leak.LeakDetectionExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * Runs a handler in an {@link EmbeddedChannel}, feeds it whole, byte by byte or in chunks, and
 * checks at the end that nothing was left over and (through {@link LeakDetectionExtension}) that no
 * buffer leaked.
 */
abstract class HandlerTestBase {
  protected EmbeddedChannel channel;

  protected EmbeddedChannel open(ChannelHandler... handlers) {
    channel = new EmbeddedChannel(handlers);
    return channel;
  }

  @AfterEach
  void nothingLeftOver() {
    if (channel != null) {
      assertThat(channel.finish()).as("messages left over in the channel").isFalse();
    }
  }

  /** A pooled (hence leak-tracked) buffer holding {@code bytes}. */
  protected static ByteBuf pooled(byte[] bytes) {
    return ByteBufAllocator.DEFAULT.buffer(bytes.length).writeBytes(bytes);
  }

  protected void writeInbound(byte[] bytes) {
    channel.writeInbound(pooled(bytes));
  }

  protected void writeInboundByteByByte(byte[] bytes) {
    writeInboundInChunks(bytes, 1);
  }

  protected void writeInboundInChunks(byte[] bytes, int chunkSize) {
    for (int offset = 0; offset < bytes.length; offset += chunkSize) {
      int length = Math.min(chunkSize, bytes.length - offset);
      ByteBuf chunk = ByteBufAllocator.DEFAULT.buffer(length).writeBytes(bytes, offset, length);
      channel.writeInbound(chunk);
    }
  }

  /** Everything the handler passed on inbound so far. */
  protected List<Object> readAllInbound() {
    List<Object> messages = new ArrayList<>();
    Object message;
    while ((message = channel.readInbound()) != null) {
      messages.add(message);
    }
    return messages;
  }
}
