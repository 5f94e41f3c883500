package io.sibyl.driver.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.FrameTooLongException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.Envelopes;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.SegmentCodec;
import io.sibyl.driver.internal.protocol.message.Authenticate;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.Ready;
import io.sibyl.driver.internal.protocol.message.Result;
import io.sibyl.driver.internal.protocol.message.RowsMetadata;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameDecoderHandlerTest extends HandlerTestBase {
  private static final int MAX = 1024 * 1024;

  private FrameDecoderHandler open(Compressor compressor, int maxFrameLength) {
    FrameDecoderHandler decoder = new FrameDecoderHandler(compressor, maxFrameLength);
    open(decoder);
    return decoder;
  }

  @Test
  void should_decode_a_v4_envelope_fed_byte_by_byte() {
    FrameDecoderHandler decoder = open(null, MAX);
    writeInboundByteByByte(Envelopes.ready(4, 3));

    List<Object> frames = readAllInbound();
    assertThat(frames).hasSize(1);
    Frame frame = (Frame) frames.get(0);
    assertThat(frame.streamId()).isEqualTo(3);
    assertThat(frame.version()).isEqualTo(ProtocolVersion.V4);
    assertThat(frame.message()).isSameAs(Ready.INSTANCE);
    assertThat(decoder.isFraming()).isFalse();
  }

  @Test
  void should_decode_envelopes_split_across_chunks_in_order() {
    open(null, MAX);
    byte[] stream =
        concat(Envelopes.voidResult(4, 1), Envelopes.voidResult(4, 2), Envelopes.voidResult(4, 3));
    for (int chunk : new int[] {3, 7, 10, stream.length}) {
      writeInboundInChunks(stream, chunk);
      assertThat(readAllInbound())
          .extracting(frame -> ((Frame) frame).streamId())
          .containsExactly(1, 2, 3);
    }
  }

  @Test
  void should_switch_to_outer_framing_right_after_a_v5_ready() {
    FrameDecoderHandler decoder = open(null, MAX);
    byte[] framed =
        frame(null, concat(Envelopes.voidResult(5, 1), Envelopes.voidResult(5, 2)), true);
    writeInboundByteByByte(concat(Envelopes.ready(5, 0), framed));

    List<Object> frames = readAllInbound();
    assertThat(frames).extracting(f -> ((Frame) f).streamId()).containsExactly(0, 1, 2);
    assertThat(((Frame) frames.get(2)).message()).isSameAs(VoidResult.INSTANCE);
    assertThat(decoder.isFraming()).isTrue();
  }

  @Test
  void should_switch_to_compressed_framing_after_a_v5_authenticate() {
    Compressor lz4 = Compressor.lz4();
    FrameDecoderHandler decoder = open(lz4, MAX);
    byte[] authenticate =
        Envelopes.response(
            5, 0, Opcode.AUTHENTICATE, Bytes.builder().string("PasswordAuthenticator").build());
    byte[] framed = frame(lz4, Envelopes.paddedVoidResult(5, 9, 2000), true);
    writeInboundInChunks(concat(authenticate, framed), 5);

    List<Object> frames = readAllInbound();
    assertThat(((Frame) frames.get(0)).message()).isInstanceOf(Authenticate.class);
    assertThat(((Frame) frames.get(1)).streamId()).isEqualTo(9);
    assertThat(decoder.isFraming()).isTrue();
  }

  @Test
  void should_stay_unframed_after_a_v4_ready() {
    FrameDecoderHandler decoder = open(null, MAX);
    writeInbound(concat(Envelopes.ready(4, 0), Envelopes.voidResult(4, 1)));
    assertThat(readAllInbound()).hasSize(2);
    assertThat(decoder.isFraming()).isFalse();
  }

  @Test
  void should_decode_a_v4_protocol_error_answering_a_v5_startup() {
    FrameDecoderHandler decoder = open(null, MAX);
    byte[] body =
        Bytes.builder()
            .int32(Error.PROTOCOL_ERROR)
            .string(
                "Invalid or unsupported protocol version (5); supported versions are (3/v3, 4/v4)")
            .build();
    writeInbound(Envelopes.response(4, 0, Opcode.ERROR, body));

    Frame frame = (Frame) readAllInbound().get(0);
    assertThat(((Error) frame.message()).code()).isEqualTo(Error.PROTOCOL_ERROR);
    assertThat(decoder.isFraming()).isFalse();
  }

  @Test
  void should_decode_rows_in_place_from_frames_split_across_reads_with_and_without_lz4() {
    for (Compressor compressor : new Compressor[] {null, Compressor.lz4()}) {
      open(compressor, MAX);
      byte[] large = Envelopes.paddedVoidResult(5, 20, 200 * 1024);
      byte[] stream =
          concat(
              Envelopes.ready(5, 0),
              frame(compressor, concat(rows(1, 2000), rows(2, 3)), true),
              frame(compressor, slice(large, 0, SegmentCodec.MAX_PAYLOAD_LENGTH), false),
              frame(
                  compressor,
                  slice(
                      large,
                      SegmentCodec.MAX_PAYLOAD_LENGTH,
                      large.length - SegmentCodec.MAX_PAYLOAD_LENGTH),
                  false),
              frame(compressor, concat(rows(3, 70), rows(4, 0)), true));
      writeInboundInChunks(stream, 1000);

      List<Object> frames = readAllInbound();
      assertThat(frames).extracting(f -> ((Frame) f).streamId()).containsExactly(0, 1, 2, 20, 3, 4);
      int[] lengths = {2000, 3, 70, 0};
      int[] streams = {1, 2, 3, 4};
      List<Object> rowFrames = List.of(frames.get(1), frames.get(2), frames.get(4), frames.get(5));
      for (int i = 0; i < 4; i++) {
        RowsResult rows = (RowsResult) ((Frame) rowFrames.get(i)).message();
        assertThat(rows.rowCount()).isOne();
        assertThat(rows.cell(0, 0).remaining()).isEqualTo(lengths[i]);
        assertThat(rows.cell(0, 1).get(0)).isEqualTo((byte) streams[i]);
      }
    }
  }

  private static byte[] rows(int streamId, int firstCellLength) {
    byte[] body =
        Bytes.builder()
            .int32(Result.ROWS)
            .int32(RowsMetadata.FLAG_NO_METADATA)
            .int32(2)
            .int32(1)
            .bytes(new byte[firstCellLength])
            .bytes(new byte[] {(byte) streamId})
            .build();
    return Envelopes.response(5, streamId, Opcode.RESULT, body);
  }

  @Test
  void should_reassemble_a_300_kib_envelope_from_three_frames_with_and_without_lz4() {
    for (Compressor compressor : new Compressor[] {null, Compressor.lz4()}) {
      open(compressor, MAX);
      byte[] large = Envelopes.paddedVoidResult(5, 4, 300 * 1024);
      byte[] stream =
          concat(
              Envelopes.ready(5, 0),
              frame(compressor, slice(large, 0, SegmentCodec.MAX_PAYLOAD_LENGTH), false),
              frame(
                  compressor,
                  slice(large, SegmentCodec.MAX_PAYLOAD_LENGTH, SegmentCodec.MAX_PAYLOAD_LENGTH),
                  false),
              frame(
                  compressor,
                  slice(
                      large,
                      2 * SegmentCodec.MAX_PAYLOAD_LENGTH,
                      large.length - 2 * SegmentCodec.MAX_PAYLOAD_LENGTH),
                  false),
              frame(compressor, Envelopes.voidResult(5, 5), true));
      writeInboundInChunks(stream, 10_000);

      assertThat(readAllInbound()).extracting(f -> ((Frame) f).streamId()).containsExactly(0, 4, 5);
      assertThat(channel.finish()).isFalse();
    }
  }

  @Test
  void should_emit_a_decode_failure_for_that_stream_only_and_carry_on() {
    open(null, MAX);
    byte[] brokenRows = Envelopes.response(4, 6, Opcode.RESULT, Bytes.builder().int32(2).build());
    byte[] unknownOpcode = Envelopes.response(4, 7, 0x42, new byte[0]);
    writeInbound(concat(brokenRows, unknownOpcode, Envelopes.voidResult(4, 8)));

    List<Object> messages = readAllInbound();
    assertThat(messages).hasSize(3);
    DecodeFailure rows = (DecodeFailure) messages.get(0);
    assertThat(rows.streamId()).isEqualTo(6);
    assertThat(rows.cause()).hasMessageContaining("RESULT").hasMessageContaining("stream 6");
    assertThat(((DecodeFailure) messages.get(1)).streamId()).isEqualTo(7);
    assertThat(((Frame) messages.get(2)).streamId()).isEqualTo(8);
  }

  @Test
  void should_emit_a_decode_failure_inside_a_self_contained_frame_and_carry_on() {
    open(null, MAX);
    byte[] broken = Envelopes.response(5, 6, Opcode.RESULT, Bytes.builder().int32(99).build());
    writeInbound(
        concat(
            Envelopes.ready(5, 0), frame(null, concat(broken, Envelopes.voidResult(5, 8)), true)));

    List<Object> messages = readAllInbound();
    assertThat(messages).hasSize(3);
    assertThat(((DecodeFailure) messages.get(1)).streamId()).isEqualTo(6);
    assertThat(((Frame) messages.get(2)).streamId()).isEqualTo(8);
  }

  @Test
  void should_fail_on_a_corrupt_header_crc_and_ignore_what_follows() {
    open(null, MAX);
    byte[] framed = frame(null, Envelopes.voidResult(5, 1), true);
    framed[4] ^= 0x10;
    writeInbound(Envelopes.ready(5, 0));
    assertThatThrownBy(() -> writeInbound(framed))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("CRC24");
    writeInbound(frame(null, Envelopes.voidResult(5, 2), true));
    assertThat(readAllInbound()).hasSize(1);
  }

  @Test
  void should_fail_on_a_corrupt_payload_crc() {
    open(Compressor.lz4(), MAX);
    byte[] framed = frame(Compressor.lz4(), Envelopes.voidResult(5, 1), true);
    framed[framed.length - 1] ^= 0x01;
    writeInbound(Envelopes.ready(5, 0));
    assertThatThrownBy(() -> writeInboundByteByByte(framed))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("CRC32");
    assertThat(readAllInbound()).hasSize(1);
  }

  @Test
  void should_fail_on_an_envelope_over_the_maximum_length() {
    open(null, 100);
    assertThatThrownBy(() -> writeInbound(Envelopes.paddedVoidResult(4, 1, 200)))
        .isInstanceOf(FrameTooLongException.class)
        .hasMessageContaining("stream 1");
  }

  @Test
  void should_fail_on_a_framed_envelope_over_the_maximum_length() {
    open(null, 200_000);
    byte[] large = Envelopes.paddedVoidResult(5, 4, 300 * 1024);
    writeInbound(Envelopes.ready(5, 0));
    assertThatThrownBy(
            () ->
                writeInbound(frame(null, slice(large, 0, SegmentCodec.MAX_PAYLOAD_LENGTH), false)))
        .isInstanceOf(FrameTooLongException.class);
    assertThat(readAllInbound()).hasSize(1);
  }

  @Test
  void should_fail_on_an_impossible_header() {
    open(null, MAX);
    byte[] request =
        Bytes.builder().int8(0x04).int8(0).int16(1).int8(Opcode.QUERY).int32(0).build();
    assertThatThrownBy(() -> writeInbound(request)).isInstanceOf(ProtocolException.class);
  }

  @Test
  void should_fail_on_a_self_contained_frame_holding_half_an_envelope() {
    open(null, MAX);
    byte[] envelope = Envelopes.paddedVoidResult(5, 1, 10);
    writeInbound(Envelopes.ready(5, 0));
    assertThatThrownBy(() -> writeInbound(frame(null, slice(envelope, 0, 12), true)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("truncated");
    assertThat(readAllInbound()).hasSize(1);
  }

  @Test
  void should_release_a_partial_frame_when_the_channel_closes() {
    open(null, MAX);
    byte[] framed = frame(null, Envelopes.voidResult(5, 1), true);
    writeInbound(Envelopes.ready(5, 0));
    writeInbound(slice(framed, 0, framed.length - 3));
    assertThat(readAllInbound()).hasSize(1);
    channel.close();
  }

  @Test
  void should_release_a_partly_reassembled_envelope_when_the_channel_closes() {
    open(null, MAX);
    byte[] large = Envelopes.paddedVoidResult(5, 4, 300 * 1024);
    writeInbound(Envelopes.ready(5, 0));
    writeInbound(frame(null, slice(large, 0, SegmentCodec.MAX_PAYLOAD_LENGTH), false));
    assertThat(readAllInbound()).hasSize(1);
    channel.close();
  }

  @Test
  void should_release_a_partial_envelope_when_the_handler_is_removed() {
    FrameDecoderHandler decoder = open(null, MAX);
    writeInbound(slice(Envelopes.voidResult(4, 1), 0, 7));
    channel.pipeline().remove(decoder);
    // ByteToMessageDecoder hands what it buffered to the next handler on removal.
    ByteBuf leftover = channel.readInbound();
    assertThat(leftover.readableBytes()).isEqualTo(7);
    leftover.release();
  }

  /** One v5 outer frame holding {@code payload}, as a server writes it. */
  private static byte[] frame(Compressor compressor, byte[] payload, boolean selfContained) {
    SegmentCodec codec = new SegmentCodec(compressor);
    ByteBuf in = Unpooled.wrappedBuffer(payload);
    ByteBuf out = ByteBufAllocator.DEFAULT.buffer();
    try {
      codec.encode(in, selfContained, out);
      return Bytes.of(out);
    } finally {
      in.release();
      out.release();
    }
  }

  private static byte[] slice(byte[] bytes, int offset, int length) {
    byte[] slice = new byte[length];
    System.arraycopy(bytes, offset, slice, 0, length);
    return slice;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
