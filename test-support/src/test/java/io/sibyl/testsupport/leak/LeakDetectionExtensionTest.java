package io.sibyl.testsupport.leak;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.Test;

class LeakDetectionExtensionTest {
  @Test
  void should_record_a_leaked_buffer_once_it_is_collected() {
    LeakDetectionExtension.collectLeaks(); // start clean
    leakOneBuffer();

    assertThat(LeakDetectionExtension.collectLeaks())
        .anySatisfy(leak -> assertThat(leak).contains("ByteBuf leaked"));
  }

  @Test
  void should_record_nothing_when_buffers_are_released() {
    LeakDetectionExtension.collectLeaks();
    ByteBuf buf = ByteBufAllocator.DEFAULT.buffer(16);
    buf.writeInt(1);
    buf.release();

    assertThat(LeakDetectionExtension.collectLeaks()).isEmpty();
  }

  private static void leakOneBuffer() {
    ByteBuf buf = ByteBufAllocator.DEFAULT.buffer(16);
    buf.writeInt(42);
  }
}
