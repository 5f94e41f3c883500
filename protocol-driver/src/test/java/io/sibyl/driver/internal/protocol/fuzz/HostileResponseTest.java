package io.sibyl.driver.internal.protocol.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.Envelopes;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.FrameCodec;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.SegmentCodec;
import io.sibyl.driver.internal.protocol.message.Result;
import io.sibyl.driver.internal.protocol.message.RowsMetadata;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile or corrupt responses whose length fields ask for far more memory than they carry: each
 * must fail with the driver's typed {@link ProtocolException}, and without the allocation.
 */
class HostileResponseTest {
  private static final long ONE_MIB = 1024 * 1024;

  private final CappedAllocator alloc = new CappedAllocator(ONE_MIB);
  private final Compressor lz4 = Compressor.lz4();

  @AfterEach
  void everyBufferReleased() {
    assertThat(alloc.unreleased()).isEmpty();
  }

  @Test
  void should_refuse_rows_whose_cell_count_overflows_a_long_without_allocating() {
    // rows x columns = 0x1fffe6a65a00..., times 4 wraps to a negative long, and (int) of the cell
    // count is 33,552,135: the old check passed and a 134 MB offset index was allocated.
    byte[] body =
        Bytes.builder()
            .int32(Result.ROWS)
            .int32(RowsMetadata.FLAG_NO_METADATA)
            .int32(0x40005f21) // columns
            .int32(0x7fff5927) // rows
            .int32(4)
            .int32(7)
            .build();
    byte[] envelope = Envelopes.response(4, 1, Opcode.RESULT, body);

    long before = HeapMeter.now();
    assertThatThrownBy(() -> decode(new FrameCodec(), envelope, null))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("stream 1");
    assertThat(HeapMeter.now() - before).isLessThan(ONE_MIB);
  }

  @Test
  void should_refuse_more_rows_than_the_body_holds_when_columns_are_not_described() {
    byte[] body =
        Bytes.builder()
            .int32(Result.ROWS)
            .int32(RowsMetadata.FLAG_NO_METADATA)
            .int32(Integer.MAX_VALUE) // columns
            .int32(Integer.MAX_VALUE) // rows
            .build();
    byte[] envelope = Envelopes.response(4, 1, Opcode.RESULT, body);

    long before = HeapMeter.now();
    assertThatThrownBy(() -> decode(new FrameCodec(), envelope, null))
        .isInstanceOf(ProtocolException.class);
    assertThat(HeapMeter.now() - before).isLessThan(ONE_MIB);
  }

  @Test
  void should_refuse_rows_announced_without_any_column() {
    // Rows of zero cells take no bytes: 2^31 - 1 of them would size the application's row list.
    byte[] body =
        Bytes.builder()
            .int32(Result.ROWS)
            .int32(RowsMetadata.FLAG_NO_METADATA)
            .int32(0) // columns
            .int32(Integer.MAX_VALUE) // rows
            .build();
    assertThatThrownBy(
            () -> decode(new FrameCodec(), Envelopes.response(4, 1, Opcode.RESULT, body), null))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("without any column");
  }

  @Test
  void should_decode_an_empty_page_whose_columns_are_not_described() {
    byte[] body =
        Bytes.builder()
            .int32(Result.ROWS)
            .int32(RowsMetadata.FLAG_NO_METADATA)
            .int32(3)
            .int32(0)
            .build();
    Frame frame = decode(new FrameCodec(), Envelopes.response(4, 1, Opcode.RESULT, body), null);
    assertThat(((RowsResult) frame.message()).rowCount()).isZero();
  }

  @Test
  void should_refuse_a_tiny_v4_lz4_body_announcing_256_mib_without_allocating_it() {
    // 4-byte length prefix (256 MiB, the body maximum) and a 5-byte LZ4 block.
    byte[] body =
        Bytes.builder().int32(256 * 1024 * 1024).raw(Wire.lz4Block(new byte[4], lz4)).build();
    byte[] envelope = Envelopes.response(4, Frame.FLAG_COMPRESSED, 2, Opcode.RESULT, body);

    assertThatThrownBy(() -> decode(new FrameCodec(), envelope, lz4))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("stream 2")
        .hasMessageContaining("LZ4");
    assertThat(alloc.largestRequest()).isLessThanOrEqualTo(255L * (body.length - 4));
  }

  @Test
  void should_still_decompress_a_v4_body_at_lz4s_best_ratio() {
    byte[] plain = Bytes.builder().int32(Result.VOID).raw(new byte[100_000]).build();
    byte[] envelope = Wire.compressV4(Envelopes.response(4, 3, Opcode.RESULT, plain), lz4);
    assertThat(envelope.length).isLessThan(plain.length / 200);
    Frame frame = decode(new FrameCodec(), envelope, lz4);
    assertThat(frame.message().opcode()).isEqualTo(Opcode.RESULT);
  }

  @Test
  void should_refuse_a_v5_lz4_frame_announcing_more_than_lz4_can_expand_without_allocating_it() {
    byte[] block = Wire.lz4Block(new byte[4], lz4);
    byte[] frame = Wire.compressedFrame(block, block.length, SegmentCodec.MAX_PAYLOAD_LENGTH, true);
    SegmentCodec codec = new SegmentCodec(lz4);
    ByteBuf in = alloc.buffer(frame.length).writeBytes(frame);
    try {
      assertThatThrownBy(() -> codec.decode(in, alloc))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("LZ4");
    } finally {
      in.release();
    }
    assertThat(alloc.largestRequest()).isLessThanOrEqualTo(frame.length);
  }

  @Test
  void should_still_decode_a_v5_lz4_frame_of_zeros_at_lz4s_best_ratio() {
    SegmentCodec codec = new SegmentCodec(lz4);
    ByteBuf payload =
        alloc.buffer(SegmentCodec.MAX_PAYLOAD_LENGTH).writeZero(SegmentCodec.MAX_PAYLOAD_LENGTH);
    ByteBuf out = alloc.buffer();
    try {
      codec.encode(payload, true, out);
      assertThat(out.readableBytes()).isLessThan(SegmentCodec.MAX_PAYLOAD_LENGTH / 200);
      SegmentCodec.Segment segment = codec.decode(out, alloc);
      assertThat(segment.payload().readableBytes()).isEqualTo(SegmentCodec.MAX_PAYLOAD_LENGTH);
      segment.payload().release();
    } finally {
      payload.release();
      out.release();
    }
  }

  private Frame decode(FrameCodec codec, byte[] envelope, Compressor compressor) {
    ByteBuf in = alloc.buffer(envelope.length).writeBytes(envelope);
    try {
      return codec.decode(in, compressor);
    } finally {
      in.release();
    }
  }
}
