package io.sibyl.driver.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.FrameCodec;
import io.sibyl.driver.internal.protocol.SegmentCodec;
import io.sibyl.driver.internal.protocol.message.Execute;
import io.sibyl.driver.internal.protocol.message.Options;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.protocol.message.Startup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameEncoderHandlerTest extends HandlerTestBase {
  private final FrameCodec codec = new FrameCodec();

  private static Frame query(ProtocolVersion version, int streamId, String cql) {
    return Frame.request(version, streamId, new Query(cql, QueryOptions.of(1)));
  }

  private static Frame startup(ProtocolVersion version) {
    return Frame.request(version, 0, new Startup(Map.of("CQL_VERSION", "3.0.0")));
  }

  private byte[] envelope(Frame frame) {
    return Bytes.release(codec.encode(ByteBufAllocator.DEFAULT, frame, null));
  }

  @Test
  void should_write_v4_envelopes_one_by_one() {
    FrameEncoderHandler encoder = new FrameEncoderHandler(ProtocolVersion.V5, null);
    open(encoder);
    Frame first = startup(ProtocolVersion.V4);
    Frame second = query(ProtocolVersion.V4, 1, "SELECT 1");
    channel.writeOutbound(first, second);

    assertThat(Bytes.release(channel.readOutbound())).isEqualTo(envelope(first));
    assertThat(Bytes.release(channel.readOutbound())).isEqualTo(envelope(second));
    assertThat(encoder.isFraming()).isFalse();
  }

  @Test
  void should_compress_v4_bodies_except_startup() {
    open(new FrameEncoderHandler(ProtocolVersion.V5, Compressor.lz4()));
    channel.writeOutbound(
        startup(ProtocolVersion.V4), query(ProtocolVersion.V4, 1, "SELECT " + "x".repeat(500)));

    byte[] startup = Bytes.release(channel.readOutbound());
    byte[] query = Bytes.release(channel.readOutbound());
    assertThat(startup[1] & Frame.FLAG_COMPRESSED).isZero();
    assertThat(query[1] & Frame.FLAG_COMPRESSED).isEqualTo(Frame.FLAG_COMPRESSED);
    assertThat(query.length).isLessThan(200);
  }

  @Test
  void should_frame_v5_envelopes_after_startup_and_coalesce_them_until_flush() {
    for (Compressor compressor : new Compressor[] {null, Compressor.lz4()}) {
      FrameEncoderHandler encoder = new FrameEncoderHandler(ProtocolVersion.V5, compressor);
      open(encoder);
      Frame options = Frame.request(ProtocolVersion.V5, 0, Options.INSTANCE);
      Frame startup = startup(ProtocolVersion.V5);
      channel.writeOutbound(options, startup);
      assertThat(Bytes.release(channel.readOutbound())).isEqualTo(envelope(options));
      assertThat(Bytes.release(channel.readOutbound())).isEqualTo(envelope(startup));
      assertThat(encoder.isFraming()).isTrue();

      Frame first = query(ProtocolVersion.V5, 1, "SELECT 1");
      Frame second = query(ProtocolVersion.V5, 2, "SELECT 2");
      ChannelFuture firstWrite = channel.write(first);
      ChannelFuture secondWrite = channel.write(second);
      assertThat((Object) channel.readOutbound()).isNull();
      assertThat(firstWrite.isDone()).isFalse();

      channel.flush();
      assertThat(firstWrite.isSuccess()).isTrue();
      assertThat(secondWrite.isSuccess()).isTrue();
      List<Segment> segments = readSegments(compressor);
      assertThat(segments).hasSize(1);
      assertThat(segments.get(0).selfContained).isTrue();
      assertThat(segments.get(0).payload).isEqualTo(concat(envelope(first), envelope(second)));
      assertThat(channel.finish()).isFalse();
    }
  }

  @Test
  void should_split_a_300_kib_envelope_into_three_non_self_contained_frames() {
    open(new FrameEncoderHandler(ProtocolVersion.V5, null));
    channel.writeOutbound(startup(ProtocolVersion.V5));
    Bytes.release(channel.readOutbound());

    Frame huge = query(ProtocolVersion.V5, 3, "q".repeat(300 * 1024));
    ChannelFuture write = channel.writeAndFlush(huge);
    assertThat(write.isSuccess()).isTrue();

    List<Segment> segments = readSegments(null);
    assertThat(segments).extracting(s -> s.selfContained).containsExactly(false, false, false);
    assertThat(concat(segments.get(0).payload, segments.get(1).payload, segments.get(2).payload))
        .isEqualTo(envelope(huge));
  }

  @Test
  void should_fail_only_the_write_whose_frame_cannot_be_encoded() {
    for (ProtocolVersion version : ProtocolVersion.values()) {
      open(new FrameEncoderHandler(ProtocolVersion.V5, null));
      if (version == ProtocolVersion.V5) {
        channel.writeOutbound(startup(version));
        Bytes.release(channel.readOutbound());
      }
      // A per-query keyspace is v5-only; on v5 the missing result metadata id is refused.
      QueryOptions withKeyspace =
          new QueryOptions(1, null, null, false, 0, null, -1, Long.MIN_VALUE, "ks", 0);
      Frame bad = Frame.request(version, 1, new Execute(new byte[] {1}, null, withKeyspace));
      ChannelFuture failed = channel.write(bad);
      ChannelFuture ok = channel.write(query(version, 2, "SELECT 1"));
      channel.flush();

      assertThat(failed.cause()).isInstanceOf(IllegalArgumentException.class);
      assertThat(ok.isSuccess()).isTrue();
      ByteBuf written = channel.readOutbound();
      assertThat(written).isNotNull();
      written.release();
      assertThat(channel.finish()).isFalse();
    }
  }

  @Test
  void should_fail_and_release_unflushed_writes_when_the_channel_closes() {
    open(new FrameEncoderHandler(ProtocolVersion.V5, Compressor.lz4()));
    channel.writeOutbound(startup(ProtocolVersion.V5));
    Bytes.release(channel.readOutbound());

    ChannelFuture small = channel.write(query(ProtocolVersion.V5, 1, "SELECT 1"));
    ChannelFuture large = channel.write(query(ProtocolVersion.V5, 2, "y".repeat(200_000)));
    channel.close();

    assertThat(small.cause()).isInstanceOf(ClosedChannelException.class);
    assertThat(large.cause()).isInstanceOf(ClosedChannelException.class);
  }

  @Test
  void should_fail_every_coalesced_write_when_the_socket_write_fails() {
    open(new FailingWrites(), new FrameEncoderHandler(ProtocolVersion.V5, null));
    ChannelFuture startupWrite = channel.writeAndFlush(startup(ProtocolVersion.V5));
    assertThat(startupWrite.cause()).isInstanceOf(IOException.class);

    ChannelFuture first = channel.write(query(ProtocolVersion.V5, 1, "SELECT 1"));
    ChannelFuture second = channel.write(query(ProtocolVersion.V5, 2, "SELECT 2"));
    channel.flush();
    assertThat(first.cause()).isInstanceOf(IOException.class);
    assertThat(second.cause()).isInstanceOf(IOException.class);
  }

  @Test
  void should_coalesce_void_promise_writes_like_others_and_mix_them_with_real_promises() {
    for (Compressor compressor : new Compressor[] {null, Compressor.lz4()}) {
      open(new FrameEncoderHandler(ProtocolVersion.V5, compressor));
      channel.writeOutbound(startup(ProtocolVersion.V5));
      Bytes.release(channel.readOutbound());

      Frame first = query(ProtocolVersion.V5, 1, "SELECT 1");
      Frame second = query(ProtocolVersion.V5, 2, "SELECT 2");
      channel.write(first, channel.voidPromise());
      channel.write(second, channel.voidPromise());
      channel.flush();
      List<Segment> segments = readSegments(compressor);
      assertThat(segments).hasSize(1);
      assertThat(segments.get(0).payload).isEqualTo(concat(envelope(first), envelope(second)));

      Frame third = query(ProtocolVersion.V5, 3, "SELECT 3");
      Frame fourth = query(ProtocolVersion.V5, 4, "SELECT 4");
      channel.write(third, channel.voidPromise());
      ChannelFuture real = channel.write(fourth);
      channel.flush();
      assertThat(real.isSuccess()).isTrue();
      segments = readSegments(compressor);
      assertThat(segments).hasSize(1);
      assertThat(segments.get(0).payload).isEqualTo(concat(envelope(third), envelope(fourth)));

      channel.flush(); // nothing pending: writes nothing
      assertThat((Object) channel.readOutbound()).isNull();
      assertThat(channel.finish()).isFalse();
    }
  }

  @Test
  void should_fire_exception_caught_once_when_the_socket_write_of_void_promise_writes_fails() {
    List<Throwable> caught = new ArrayList<>();
    open(
        new ChannelInboundHandlerAdapter() {
          @Override
          public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            caught.add(cause);
          }
        },
        new FailingWrites(),
        new FrameEncoderHandler(ProtocolVersion.V5, null));
    channel.writeAndFlush(startup(ProtocolVersion.V5));

    channel.write(query(ProtocolVersion.V5, 1, "SELECT 1"), channel.voidPromise());
    channel.write(query(ProtocolVersion.V5, 2, "SELECT 2"), channel.voidPromise());
    channel.flush();

    assertThat(caught).singleElement().isInstanceOf(IOException.class);
  }

  @Test
  void should_pass_other_messages_through() {
    open(new FrameEncoderHandler(ProtocolVersion.V5, null));
    ByteBuf raw = Unpooled.wrappedBuffer(new byte[] {1, 2});
    channel.writeOutbound(raw);
    assertThat(Bytes.release(channel.readOutbound())).containsExactly(1, 2);
  }

  /** Fails every write, releasing the message, like a broken socket. */
  private static final class FailingWrites extends ChannelOutboundHandlerAdapter {
    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
      ReferenceCountUtil.release(msg);
      promise.setFailure(new IOException("connection reset"));
    }
  }

  private record Segment(byte[] payload, boolean selfContained) {}

  /** Reads every outbound buffer and decodes it as v5 outer frames. */
  private List<Segment> readSegments(Compressor compressor) {
    SegmentCodec segmentCodec = new SegmentCodec(compressor);
    ByteBuf all = Unpooled.buffer();
    try {
      ByteBuf next;
      while ((next = channel.readOutbound()) != null) {
        all.writeBytes(next);
        next.release();
      }
      List<Segment> segments = new ArrayList<>();
      while (all.isReadable()) {
        SegmentCodec.Segment segment = segmentCodec.decode(all, ByteBufAllocator.DEFAULT);
        assertThat(segment).as("a complete frame").isNotNull();
        segments.add(new Segment(Bytes.release(segment.payload()), segment.selfContained()));
      }
      return segments;
    } finally {
      all.release();
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
