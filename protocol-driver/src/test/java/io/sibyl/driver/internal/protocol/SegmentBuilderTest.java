package io.sibyl.driver.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.message.Prepare;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentBuilderTest {
  private static final ByteBufAllocator ALLOC = ByteBufAllocator.DEFAULT;
  private final FrameCodec frameCodec = new FrameCodec();

  @Test
  void should_pack_several_envelopes_into_one_self_contained_frame() {
    for (Compressor compressor : new Compressor[] {null, Compressor.lz4()}) {
      SegmentBuilder builder = new SegmentBuilder(ALLOC, new SegmentCodec(compressor), frameCodec);
      Frame first = query(1, "SELECT * FROM a");
      Frame second = query(2, "SELECT * FROM b");
      builder.add(first);
      builder.add(second);

      List<Decoded> frames = decodeAll(compressor, builder.drain());
      assertThat(frames).hasSize(1);
      assertThat(frames.get(0).selfContained).isTrue();
      assertThat(frames.get(0).payload).isEqualTo(concat(envelope(first), envelope(second)));
      assertThat(builder.isEmpty()).isTrue();
    }
  }

  @Test
  void should_start_a_new_frame_when_the_next_envelope_does_not_fit() {
    SegmentBuilder builder = new SegmentBuilder(ALLOC, new SegmentCodec(null), frameCodec);
    Frame big = query(1, "x".repeat(100_000));
    Frame alsoBig = query(2, "y".repeat(100_000));
    builder.add(big);
    builder.add(alsoBig);

    List<Decoded> frames = decodeAll(null, builder.drain());
    assertThat(frames).extracting(d -> d.selfContained).containsExactly(true, true);
    assertThat(frames.get(0).payload).isEqualTo(envelope(big));
    assertThat(frames.get(1).payload).isEqualTo(envelope(alsoBig));
  }

  @Test
  void should_split_a_300_kib_envelope_over_three_non_self_contained_frames() {
    for (Compressor compressor : new Compressor[] {null, Compressor.lz4()}) {
      SegmentBuilder builder = new SegmentBuilder(ALLOC, new SegmentCodec(compressor), frameCodec);
      Frame small = query(1, "SELECT 1");
      Frame huge = query(2, "z".repeat(300 * 1024));
      Frame after = query(3, "SELECT 2");
      builder.add(small);
      builder.add(huge);
      builder.add(after);

      List<Decoded> frames = decodeAll(compressor, builder.drain());
      assertThat(frames)
          .extracting(d -> d.selfContained)
          .containsExactly(true, false, false, false, true);
      assertThat(frames.get(0).payload).isEqualTo(envelope(small));
      assertThat(frames.get(1).payload).hasSize(SegmentCodec.MAX_PAYLOAD_LENGTH);
      assertThat(concat(frames.get(1).payload, frames.get(2).payload, frames.get(3).payload))
          .isEqualTo(envelope(huge));
      assertThat(frames.get(4).payload).isEqualTo(envelope(after));
    }
  }

  @Test
  void should_leave_the_frame_as_it_was_when_an_envelope_cannot_be_encoded() {
    SegmentBuilder builder = new SegmentBuilder(ALLOC, new SegmentCodec(null), frameCodec);
    Frame good = query(1, "SELECT 1");
    builder.add(good);
    Frame bad = Frame.request(ProtocolVersion.V4, 2, new Prepare("SELECT 2", "ks"));
    assertThatThrownBy(() -> builder.add(bad)).isInstanceOf(IllegalArgumentException.class);

    List<Decoded> frames = decodeAll(null, builder.drain());
    assertThat(frames).hasSize(1);
    assertThat(frames.get(0).payload).isEqualTo(envelope(good));
  }

  @Test
  void should_release_everything_on_discard() {
    SegmentBuilder builder = new SegmentBuilder(ALLOC, new SegmentCodec(null), frameCodec);
    builder.add(query(1, "SELECT 1"));
    builder.add(query(2, "w".repeat(200_000)));
    builder.add(query(3, "SELECT 3"));
    builder.discard();
    assertThat(builder.isEmpty()).isTrue();
  }

  private static Frame query(int streamId, String cql) {
    return Frame.request(ProtocolVersion.V5, streamId, new Query(cql, QueryOptions.of(1)));
  }

  private byte[] envelope(Frame frame) {
    return Bytes.release(frameCodec.encode(ALLOC, frame, null));
  }

  record Decoded(byte[] payload, boolean selfContained) {}

  static List<Decoded> decodeAll(Compressor compressor, List<ByteBuf> frames) {
    SegmentCodec codec = new SegmentCodec(compressor);
    List<Decoded> decoded = new ArrayList<>();
    for (ByteBuf frame : frames) {
      try {
        while (frame.isReadable()) {
          SegmentCodec.Segment segment = codec.decode(frame, ALLOC);
          assertThat(segment).as("complete frame").isNotNull();
          decoded.add(new Decoded(Bytes.release(segment.payload()), segment.selfContained()));
        }
      } finally {
        frame.release();
      }
    }
    return decoded;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static ByteBuf wrap(byte[] bytes) {
    return Unpooled.wrappedBuffer(bytes);
  }
}
