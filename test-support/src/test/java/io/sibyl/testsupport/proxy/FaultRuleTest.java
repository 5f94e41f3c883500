package io.sibyl.testsupport.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FaultRuleTest {
  @Test
  void should_narrow_a_rule_into_copies() {
    FaultRule reset = FaultRule.reset();
    FrameSelector executes = FrameSelector.opcode(Opcode.EXECUTE);

    FaultRule narrowed = reset.onFrames(executes).afterBytes(10).once();

    assertThat(reset.selector()).isNull();
    assertThat(reset.timesCount()).isEqualTo(Long.MAX_VALUE);
    assertThat(narrowed.action()).isEqualTo(FaultRule.Action.RESET);
    assertThat(narrowed.selector()).isSameAs(executes);
    assertThat(narrowed.afterBytesCount()).isEqualTo(10);
    assertThat(narrowed.timesCount()).isOne();
    assertThat(narrowed).hasToString("reset on selected frames after 10 bytes 1 times");
  }

  @Test
  void should_refuse_meaningless_arguments() {
    assertThatThrownBy(() -> FaultRule.delay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delay");
    assertThatThrownBy(() -> FaultRule.truncate(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.flipBits(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.bandwidth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.pass().times(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.pass().afterBytes(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_flip_the_same_bits_for_the_same_seed() {
    byte[] first = new byte[64];
    byte[] second = new byte[64];
    io.netty.buffer.ByteBuf a = io.netty.buffer.Unpooled.wrappedBuffer(first);
    io.netty.buffer.ByteBuf b = io.netty.buffer.Unpooled.wrappedBuffer(second);

    Pump.flip(a, 5, new Random(99));
    Pump.flip(b, 5, new Random(99));

    assertThat(first).isEqualTo(second).isNotEqualTo(new byte[64]);
  }

  @Test
  void should_select_frames_by_opcode_stream_text_and_prepared_id() {
    Frame execute =
        new Frame(
            Direction.CLIENT_TO_SERVER,
            5,
            0,
            3,
            Opcode.EXECUTE,
            10,
            java.util.List.of(),
            java.util.List.of(java.nio.ByteBuffer.wrap(new byte[] {1, 2}).asReadOnlyBuffer()));

    assertThat(FrameSelector.opcode(Opcode.QUERY, Opcode.EXECUTE).matches(execute)).isTrue();
    assertThat(FrameSelector.stream(3).and(FrameSelector.stream(4)).matches(execute)).isFalse();
    assertThat(FrameSelector.stream(3).or(FrameSelector.stream(4)).matches(execute)).isTrue();
    assertThat(FrameSelector.query("x").negate().matches(execute)).isTrue();
    assertThat(
            FrameSelector.preparedId(java.nio.ByteBuffer.wrap(new byte[] {1, 2})).matches(execute))
        .isTrue();
    assertThat(
            FrameSelector.preparedId(java.nio.ByteBuffer.wrap(new byte[] {1, 3})).matches(execute))
        .isFalse();
  }
}
