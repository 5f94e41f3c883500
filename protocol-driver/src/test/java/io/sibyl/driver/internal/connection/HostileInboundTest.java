package io.sibyl.driver.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Envelopes;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.fuzz.CappedAllocator;
import io.sibyl.driver.internal.protocol.fuzz.Wire;
import io.sibyl.driver.internal.protocol.message.Options;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hostile inbound bytes through the decoding handlers, as the connection factory installs them. */
class HostileInboundTest {
  private static final int MAX_FRAME = 256 * 1024 * 1024;
  private final CappedAllocator alloc = new CappedAllocator(1024 * 1024);
  private EmbeddedChannel channel;

  @AfterEach
  void everyBufferReleased() {
    if (channel != null) {
      channel.finishAndReleaseAll();
    }
    assertThat(alloc.unreleased()).isEmpty();
  }

  @Test
  void should_not_reserve_the_length_a_tiny_v5_frame_announces_for_a_large_envelope() {
    channel = new EmbeddedChannel(new FrameDecoderHandler(null, MAX_FRAME));
    channel.config().setAllocator(alloc);
    // Just the 9-byte header of a 200 MiB envelope, in a frame that is not self-contained.
    byte[] header = Arrays.copyOf(Envelopes.response(5, 1, Opcode.RESULT, new byte[0]), 9);
    header[5] = 0x0C; // body length 0x0C800000 = 200 MiB
    header[6] = (byte) 0x80;
    write(Wire.concat(Envelopes.ready(5, 0), Wire.uncompressedFrame(header, 9, false)));

    assertThat((Object) channel.readInbound()).isInstanceOf(Frame.class); // the READY
    assertThat((Object) channel.readInbound()).isNull();
    assertThat(alloc.largestRequest()).isLessThan(1024);
  }

  @Test
  void should_close_on_frames_of_a_large_envelope_holding_more_than_it_announces() {
    channel = new EmbeddedChannel(new FrameDecoderHandler(null, MAX_FRAME));
    channel.config().setAllocator(alloc);
    byte[] envelope = Envelopes.paddedVoidResult(5, 1, 20); // 9 + 24 bytes
    byte[] tooLong = Wire.concat(envelope, new byte[5]);
    write(Envelopes.ready(5, 0));
    write(Wire.uncompressedFrame(Arrays.copyOf(tooLong, 20), 20, false));

    assertThatThrownBy(
            () ->
                write(
                    Wire.uncompressedFrame(
                        Arrays.copyOfRange(tooLong, 20, tooLong.length),
                        tooLong.length - 20,
                        false)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("large envelope");
    assertThat((Object) channel.readInbound()).isInstanceOf(Frame.class); // the READY
    assertThat((Object) channel.readInbound()).isNull();
  }

  @Test
  void should_drop_a_server_push_whose_body_does_not_decode_and_keep_the_connection() {
    InFlightHandler inFlight =
        new InFlightHandler(ProtocolVersion.V4, 64, 4, event -> {}, "[test]");
    channel =
        new EmbeddedChannel(
            new FrameDecoderHandler(null, MAX_FRAME),
            new RequestFrames(ProtocolVersion.V4),
            inFlight);
    channel.config().setAllocator(alloc);
    PendingResponse pending = new PendingResponse(Options.INSTANCE);
    channel.writeOutbound(pending);
    Frame request = channel.readOutbound();

    byte[] badEvent =
        Envelopes.response(4, -1, Opcode.EVENT, Bytes.builder().string("NOT_AN_EVENT").build());
    write(Wire.concat(badEvent, Envelopes.voidResult(4, request.streamId())));

    assertThat(channel.isOpen()).isTrue();
    assertThat(pending).isCompleted();
    assertThat(pending.join().message()).isSameAs(VoidResult.INSTANCE);
  }

  private void write(byte[] bytes) {
    ByteBuf in = alloc.buffer(bytes.length).writeBytes(bytes);
    channel.writeInbound(in);
  }
}
