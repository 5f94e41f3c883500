package io.sibyl.driver.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.FrameTooLongException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.Options;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.protocol.message.Startup;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FrameCodecTest {
  private static final ByteBufAllocator ALLOC = ByteBufAllocator.DEFAULT;
  private final FrameCodec codec = new FrameCodec();
  private final Compressor lz4 = Compressor.lz4();

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_write_the_nine_byte_header_then_the_body(ProtocolVersion version) {
    Frame frame = Frame.request(version, 0x1234, Options.INSTANCE);
    byte[] bytes = Bytes.release(codec.encode(ALLOC, frame, null));
    assertThat(bytes)
        .isEqualTo(
            Bytes.builder().int8(version.code()).int8(0).int16(0x1234).int8(0x05).int32(0).build());
    assertThat(codec.encodedLength(frame)).isEqualTo(bytes.length);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_flag_tracing_and_put_the_custom_payload_before_the_message(ProtocolVersion version) {
    Query query = new Query("SELECT 1", QueryOptions.of(1));
    Map<String, ByteBuffer> payload = Map.of("k", ByteBuffer.wrap(new byte[] {9}));
    Frame frame = Frame.request(version, 7, query, true, payload);

    byte[] body = Bytes.builder().int16(1).string("k").bytes(new byte[] {9}).build();
    byte[] message = encodeBody(query, version);
    byte[] expected =
        Bytes.builder()
            .int8(version.code())
            .int8(Frame.FLAG_TRACING | Frame.FLAG_CUSTOM_PAYLOAD)
            .int16(7)
            .int8(Opcode.QUERY)
            .int32(body.length + message.length)
            .raw(body)
            .raw(message)
            .build();
    assertThat(Bytes.release(codec.encode(ALLOC, frame, null))).isEqualTo(expected);
    assertThat(codec.encodedLength(frame)).isEqualTo(expected.length);
    assertThat(frame.tracingRequested()).isTrue();
  }

  @Test
  void should_compress_v4_bodies_except_startup_and_options() {
    Query query =
        new Query("SELECT * FROM t WHERE k = 'aaaaaaaaaaaaaaaaaaaaaaaa'", QueryOptions.of(1));
    byte[] compressed =
        Bytes.release(codec.encode(ALLOC, Frame.request(ProtocolVersion.V4, 1, query), lz4));
    assertThat(compressed[1]).isEqualTo((byte) Frame.FLAG_COMPRESSED);
    byte[] plainBody = encodeBody(query, ProtocolVersion.V4);
    ByteBuf body = Unpooled.wrappedBuffer(compressed, 9, compressed.length - 9);
    ByteBuf out = Unpooled.buffer();
    try {
      assertThat(ByteBuffer.wrap(compressed, 5, 4).getInt()).isEqualTo(compressed.length - 9);
      int uncompressedLength = body.readInt();
      assertThat(uncompressedLength).isEqualTo(plainBody.length);
      lz4.decompress(body, body.readableBytes(), out, uncompressedLength);
      assertThat(Bytes.of(out)).isEqualTo(plainBody);
    } finally {
      body.release();
      out.release();
    }

    Frame startup =
        Frame.request(ProtocolVersion.V4, 0, new Startup(Map.of("CQL_VERSION", "3.0.0")));
    Frame options = Frame.request(ProtocolVersion.V4, 0, Options.INSTANCE);
    assertThat(Bytes.release(codec.encode(ALLOC, startup, lz4))[1]).isZero();
    assertThat(Bytes.release(codec.encode(ALLOC, options, lz4))[1]).isZero();
  }

  @Test
  void should_never_compress_v5_envelopes() {
    Frame frame = Frame.request(ProtocolVersion.V5, 1, new Query("SELECT 1", QueryOptions.of(1)));
    byte[] bytes = Bytes.release(codec.encode(ALLOC, frame, lz4));
    assertThat(bytes[1]).isZero();
    assertThat(bytes).hasSize(codec.encodedLength(frame));
  }

  @Test
  void should_refuse_to_encode_a_response_or_a_v5_only_request_on_v4() {
    Frame response =
        new Frame(ProtocolVersion.V4, 1, 0, false, null, null, null, VoidResult.INSTANCE);
    assertThatThrownBy(() -> codec.encode(ALLOC, response, null))
        .isInstanceOf(IllegalArgumentException.class);
    QueryOptions withKeyspace =
        new QueryOptions(
            1, null, null, false, 0, null, -1, Long.MIN_VALUE, "ks", Integer.MIN_VALUE);
    Frame v5Only = Frame.request(ProtocolVersion.V4, 1, new Query("SELECT 1", withKeyspace));
    assertThatThrownBy(() -> codec.encode(ALLOC, v5Only, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> codec.encode(ALLOC, v5Only, lz4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_tracing_id_warnings_and_custom_payload_in_that_order(ProtocolVersion version) {
    UUID tracingId = UUID.randomUUID();
    byte[] body =
        Bytes.builder()
            .uuid(tracingId)
            .stringList("careful")
            .int16(1)
            .string("p")
            .bytes(new byte[] {1, 2})
            .int32(1) // Void
            .build();
    int flags = Frame.FLAG_TRACING | Frame.FLAG_WARNING | Frame.FLAG_CUSTOM_PAYLOAD;
    Frame frame = decode(Envelopes.response(version.code(), flags, 42, Opcode.RESULT, body), null);

    assertThat(frame.version()).isEqualTo(version);
    assertThat(frame.streamId()).isEqualTo(42);
    assertThat(frame.tracingId()).isEqualTo(tracingId);
    assertThat(frame.warnings()).containsExactly("careful");
    assertThat(frame.customPayload()).containsEntry("p", ByteBuffer.wrap(new byte[] {1, 2}));
    assertThat(frame.message()).isSameAs(VoidResult.INSTANCE);
  }

  @Test
  void should_decode_negative_stream_ids() {
    Frame frame = decode(Envelopes.voidResult(4, 0xFFFF), null);
    assertThat(frame.streamId()).isEqualTo(-1);
  }

  @Test
  void should_decompress_a_compressed_v4_response() {
    byte[] plain = Bytes.builder().int32(1).raw(new byte[500]).build();
    ByteBuf source = Unpooled.wrappedBuffer(plain);
    ByteBuf compressed = Unpooled.buffer();
    try {
      compressed.writeInt(plain.length);
      lz4.compress(source, compressed);
      byte[] envelope =
          Envelopes.response(4, Frame.FLAG_COMPRESSED, 3, Opcode.RESULT, Bytes.of(compressed));
      assertThat(decode(envelope, lz4).message()).isSameAs(VoidResult.INSTANCE);
      assertThatThrownBy(() -> decode(envelope, null))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("compress");
    } finally {
      source.release();
      compressed.release();
    }
  }

  @Test
  void should_refuse_a_compressed_body_announcing_more_than_the_maximum() {
    FrameCodec small = new FrameCodec(100);
    byte[] envelope =
        Envelopes.response(
            4, Frame.FLAG_COMPRESSED, 3, Opcode.RESULT, Bytes.builder().int32(1_000_000).build());
    ByteBuf in = Unpooled.wrappedBuffer(envelope);
    try {
      assertThatThrownBy(() -> small.decode(in, lz4)).isInstanceOf(ProtocolException.class);
    } finally {
      in.release();
    }
  }

  @Test
  void should_ignore_the_compression_flag_in_v5() {
    byte[] envelope =
        Envelopes.response(
            5, Frame.FLAG_COMPRESSED, 3, Opcode.RESULT, Bytes.builder().int32(1).build());
    assertThat(decode(envelope, lz4).message()).isSameAs(VoidResult.INSTANCE);
  }

  @Test
  void should_decode_a_v3_protocol_error_with_v4_rules() {
    byte[] body =
        Bytes.builder()
            .int32(Error.PROTOCOL_ERROR)
            .string("Invalid or unsupported protocol version (5)")
            .build();
    Frame frame = decode(Envelopes.response(3, 0, Opcode.ERROR, body), null);
    assertThat(frame.version()).isEqualTo(ProtocolVersion.V4);
    assertThat(frame.message()).isInstanceOf(Error.class);
    assertThat(((Error) frame.message()).code()).isEqualTo(Error.PROTOCOL_ERROR);
  }

  @Test
  void should_ignore_bytes_after_the_message_and_consume_the_whole_envelope() {
    byte[] envelope = Envelopes.paddedVoidResult(4, 1, 10);
    ByteBuf in = Unpooled.wrappedBuffer(envelope, new byte[] {1, 2, 3});
    try {
      assertThat(codec.decode(in, null).message()).isSameAs(VoidResult.INSTANCE);
      assertThat(in.readableBytes()).isEqualTo(3);
      assertThat(in.refCnt()).isEqualTo(1);
    } finally {
      in.release();
    }
  }

  @Test
  void should_decode_in_place_bounded_by_the_envelope_and_restore_the_writer_index() {
    byte[] before = {7, 7, 7};
    byte[] truncatedRows =
        Envelopes.response(4, 9, Opcode.RESULT, Bytes.builder().int32(2).int32(0).build());
    // A truncated body must not read into the next envelope, which is valid.
    ByteBuf in =
        Unpooled.wrappedBuffer(
            before, Envelopes.paddedVoidResult(4, 1, 10), truncatedRows, Envelopes.ready(4, 2));
    try {
      int first = before.length;
      int firstLength = FrameCodec.checkResponseHeader(in, first, Long.MAX_VALUE);
      int writerIndex = in.writerIndex();
      assertThat(codec.decode(in, first, firstLength, null).message())
          .isSameAs(VoidResult.INSTANCE);
      assertThat(in.readerIndex()).isEqualTo(first + firstLength);
      assertThat(in.writerIndex()).isEqualTo(writerIndex);

      int second = in.readerIndex();
      int secondLength = FrameCodec.checkResponseHeader(in, second, Long.MAX_VALUE);
      assertThatThrownBy(() -> codec.decode(in, second, secondLength, null))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("stream 9");
      assertThat(in.readerIndex()).isEqualTo(second + secondLength);
      assertThat(in.writerIndex()).isEqualTo(writerIndex);

      assertThat(codec.decode(in, null).streamId()).isEqualTo(2);
      assertThat(in.isReadable()).isFalse();
      assertThat(in.refCnt()).isOne();
    } finally {
      in.release();
    }
  }

  @Test
  void should_leave_the_reader_index_in_place_when_a_body_does_not_decode() {
    byte[] truncatedRows = Bytes.builder().int32(2).int32(0).build();
    ByteBuf in = Unpooled.wrappedBuffer(Envelopes.response(4, 9, Opcode.RESULT, truncatedRows));
    try {
      assertThatThrownBy(() -> codec.decode(in, null)).isInstanceOf(ProtocolException.class);
      assertThat(in.readerIndex()).isZero();
    } finally {
      in.release();
    }
  }

  @Test
  void should_report_a_malformed_body_with_its_opcode_and_stream() {
    byte[] truncatedRows = Bytes.builder().int32(2).int32(0).build();
    assertThatThrownBy(() -> decode(Envelopes.response(4, 9, Opcode.RESULT, truncatedRows), null))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("RESULT")
        .hasMessageContaining("stream 9");
    assertThatThrownBy(() -> decode(Envelopes.response(4, 9, Opcode.QUERY, new byte[0]), null))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("not a response");
  }

  @Test
  void should_check_response_headers() {
    ByteBuf request =
        Unpooled.wrappedBuffer(Bytes.builder().int8(4).hex("00000102").int32(0).build());
    ByteBuf v6 = Unpooled.wrappedBuffer(Envelopes.ready(6, 0));
    ByteBuf negative =
        Unpooled.wrappedBuffer(Bytes.builder().int8(0x84).hex("00000102").int32(-5).build());
    ByteBuf large = Unpooled.wrappedBuffer(Envelopes.paddedVoidResult(4, 1, 100));
    try {
      assertThatThrownBy(() -> FrameCodec.checkResponseHeader(request, 0, 1000))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("0x04");
      assertThatThrownBy(() -> FrameCodec.checkResponseHeader(v6, 0, 1000))
          .isInstanceOf(ProtocolException.class);
      assertThatThrownBy(() -> FrameCodec.checkResponseHeader(negative, 0, 1000))
          .isInstanceOf(ProtocolException.class);
      assertThatThrownBy(() -> FrameCodec.checkResponseHeader(large, 0, 50))
          .isInstanceOf(FrameTooLongException.class)
          .hasMessageContaining("raise SessionBuilder.maxFrameLength")
          .hasMessageContaining("withPageSize")
          .satisfies(e -> assertThat(((FrameTooLongException) e).length()).isEqualTo(113));
      assertThat(FrameCodec.checkResponseHeader(large, 0, 113)).isEqualTo(113);
    } finally {
      request.release();
      v6.release();
      negative.release();
      large.release();
    }
  }

  @Test
  void should_name_opcodes() {
    assertThat(Opcode.name(Opcode.AUTH_SUCCESS)).isEqualTo("AUTH_SUCCESS");
    assertThat(Opcode.name(0x04)).startsWith("UNKNOWN");
    assertThat(Opcode.name(0x42)).startsWith("UNKNOWN");
  }

  @Test
  void should_keep_warnings_empty_and_payload_empty_when_absent() {
    Frame frame = decode(Envelopes.voidResult(5, 1), null);
    assertThat(frame.warnings()).isEmpty();
    assertThat(frame.customPayload()).isEmpty();
    assertThat(frame.tracingId()).isNull();
    assertThat(frame.flags()).isZero();
    assertThat(List.of(frame.toString())).isNotEmpty();
  }

  private Frame decode(byte[] envelope, Compressor compressor) {
    ByteBuf in = Unpooled.wrappedBuffer(envelope);
    try {
      Frame frame = codec.decode(in, compressor);
      assertThat(in.isReadable()).isFalse();
      return frame;
    } finally {
      in.release();
    }
  }

  static byte[] encodeBody(Request request, ProtocolVersion version) {
    ByteBuf out = Unpooled.buffer();
    request.encode(out, version);
    byte[] bytes = Bytes.release(out);
    assertThat(request.encodedSize(version)).isEqualTo(bytes.length);
    return Arrays.copyOf(bytes, bytes.length);
  }
}
