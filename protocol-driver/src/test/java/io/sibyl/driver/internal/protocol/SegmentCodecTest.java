package io.sibyl.driver.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.error.ProtocolException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SegmentCodecTest {
  private static final ByteBufAllocator ALLOC = ByteBufAllocator.DEFAULT;

  private final SegmentCodec plain = new SegmentCodec(null);
  private final SegmentCodec lz4 = new SegmentCodec(Compressor.lz4());

  @Test
  void should_write_the_uncompressed_format_byte_for_byte() {
    byte[] payload = {1, 2, 3, 4, 5};
    byte[] expected =
        Bytes.builder()
            .hex("050002") // length 5, self-contained bit 17, little-endian
            .hex("19999a") // CRC24 0x9a9919 (Cassandra's), little-endian
            .raw(payload)
            .hex("06bf15c7") // CRC32 0xc715bf06 (Cassandra's), little-endian
            .build();

    assertThat(encode(plain, payload, true)).isEqualTo(expected);
  }

  @Test
  void should_round_trip_uncompressed_frames_self_contained_or_not() {
    for (boolean selfContained : new boolean[] {true, false}) {
      byte[] payload = randomBytes(1000, 1);
      SegmentCodec.Segment segment = decodeAll(plain, encode(plain, payload, selfContained));
      assertThat(segment.selfContained()).isEqualTo(selfContained);
      assertThat(Bytes.release(segment.payload())).isEqualTo(payload);
    }
  }

  @Test
  void should_round_trip_the_largest_payload_with_and_without_lz4() {
    byte[] payload = randomBytes(SegmentCodec.MAX_PAYLOAD_LENGTH, 2);
    for (SegmentCodec codec : new SegmentCodec[] {plain, lz4}) {
      SegmentCodec.Segment segment = decodeAll(codec, encode(codec, payload, false));
      assertThat(Bytes.release(segment.payload())).isEqualTo(payload);
    }
  }

  @Test
  void should_refuse_a_payload_over_the_maximum() {
    ByteBuf payload = Unpooled.wrappedBuffer(new byte[SegmentCodec.MAX_PAYLOAD_LENGTH + 1]);
    ByteBuf out = ALLOC.buffer();
    try {
      assertThatThrownBy(() -> plain.encode(payload, true, out))
          .isInstanceOf(IllegalArgumentException.class);
    } finally {
      payload.release();
      out.release();
    }
  }

  @Test
  void should_compress_a_compressible_payload_and_announce_both_lengths() {
    byte[] payload = new byte[10_000];
    Arrays.fill(payload, (byte) 'a');
    byte[] encoded = encode(lz4, payload, true);

    long header = littleEndian(encoded, 0, 5);
    int compressedLength = (int) (header & 0x1FFFF);
    int uncompressedLength = (int) ((header >>> 17) & 0x1FFFF);
    assertThat(uncompressedLength).isEqualTo(10_000);
    assertThat(compressedLength).isLessThan(200);
    assertThat(encoded).hasSize(8 + compressedLength + 4);
    assertThat((header >>> 34) & 1).isEqualTo(1);
    assertThat(Bytes.release(decodeAll(lz4, encoded).payload())).isEqualTo(payload);
  }

  @Test
  void should_send_an_incompressible_payload_as_is_with_an_uncompressed_length_of_zero() {
    byte[] payload = randomBytes(5000, 3);
    byte[] encoded = encode(lz4, payload, true);

    long header = littleEndian(encoded, 0, 5);
    assertThat(header & 0x1FFFF).isEqualTo(5000);
    assertThat((header >>> 17) & 0x1FFFF).isZero();
    assertThat(Arrays.copyOfRange(encoded, 8, 8 + 5000)).isEqualTo(payload);
    assertThat(Bytes.release(decodeAll(lz4, encoded).payload())).isEqualTo(payload);
  }

  @Test
  void should_leave_a_tiny_payload_uncompressed() {
    byte[] payload = {1, 2, 3};
    byte[] encoded = encode(lz4, payload, true);
    assertThat((littleEndian(encoded, 0, 5) >>> 17) & 0x1FFFF).isZero();
    assertThat(encoded).hasSize(8 + 3 + 4);
  }

  @Test
  void should_return_null_and_consume_nothing_until_the_frame_is_complete() {
    byte[] encoded = encode(plain, randomBytes(100, 4), true);
    for (int available = 0; available < encoded.length; available++) {
      ByteBuf partial = Unpooled.wrappedBuffer(encoded, 0, available);
      try {
        assertThat(plain.decode(partial, ALLOC)).isNull();
        assertThat(partial.readerIndex()).isZero();
      } finally {
        partial.release();
      }
    }
  }

  @Test
  void should_decode_consecutive_frames_one_at_a_time() {
    ByteBuf in =
        Unpooled.wrappedBuffer(
            encode(plain, new byte[] {1}, true), encode(plain, new byte[] {2, 2}, false));
    try {
      SegmentCodec.Segment first = plain.decode(in, ALLOC);
      SegmentCodec.Segment second = plain.decode(in, ALLOC);
      assertThat(Bytes.release(first.payload())).containsExactly(1);
      assertThat(Bytes.release(second.payload())).containsExactly(2, 2);
      assertThat(second.selfContained()).isFalse();
      assertThat(in.isReadable()).isFalse();
    } finally {
      in.release();
    }
  }

  @Test
  void should_decode_an_uncompressed_payload_in_place_and_skip_the_frame_when_finished() {
    byte[] payload = randomBytes(300, 5);
    ByteBuf in =
        Unpooled.wrappedBuffer(encode(plain, payload, false), encode(plain, new byte[] {9}, true));
    try {
      assertThat(plain.decodeNext(in, ALLOC)).isTrue();
      assertThat(plain.payloadBuffer()).isSameAs(in);
      assertThat(in.readerIndex()).isZero();
      assertThat(plain.selfContained()).isFalse();
      byte[] read = new byte[plain.payloadLength()];
      in.getBytes(plain.payloadIndex(), read);
      assertThat(read).isEqualTo(payload);
      plain.finishPayload(in, 0);
      assertThat(in.readerIndex()).isEqualTo(plain.frameLength());

      int second = in.readerIndex();
      assertThat(plain.decodeNext(in, ALLOC)).isTrue();
      assertThat(plain.selfContained()).isTrue();
      assertThat(in.getByte(plain.payloadIndex())).isEqualTo((byte) 9);
      plain.finishPayload(in, second);
      assertThat(in.isReadable()).isFalse();
      assertThat(in.refCnt()).isOne();
    } finally {
      in.release();
    }
  }

  @Test
  void should_release_a_decompressed_payload_when_finished_or_on_the_next_frame() {
    byte[] payload = new byte[5000]; // compressible
    ByteBuf in = Unpooled.wrappedBuffer(encode(lz4, payload, true), encode(lz4, payload, true));
    try {
      assertThat(lz4.decodeNext(in, ALLOC)).isTrue();
      ByteBuf first = lz4.payloadBuffer();
      assertThat(first).isNotSameAs(in);
      assertThat(lz4.payloadLength()).isEqualTo(payload.length);
      assertThat(in.readerIndex()).isZero();
      lz4.finishPayload(in, 0);
      assertThat(first.refCnt()).isZero();

      int second = in.readerIndex();
      assertThat(lz4.decodeNext(in, ALLOC)).isTrue();
      ByteBuf held = lz4.payloadBuffer();
      lz4.releasePayload();
      lz4.releasePayload();
      assertThat(held.refCnt()).isZero();
      lz4.finishPayload(in, second);
      assertThat(in.isReadable()).isFalse();
    } finally {
      in.release();
    }
  }

  @Test
  void should_fail_on_a_corrupt_header_crc() {
    for (SegmentCodec codec : new SegmentCodec[] {plain, lz4}) {
      byte[] encoded = encode(codec, randomBytes(100, 5), true);
      encoded[codec.headerLength() - 1] ^= 0x01;
      assertDecodeFails(codec, encoded, "CRC24");
    }
  }

  @Test
  void should_fail_on_a_corrupt_length_even_with_a_valid_looking_payload() {
    byte[] encoded = encode(plain, randomBytes(100, 6), true);
    encoded[0] ^= 0x01; // the length changes, the header CRC no longer matches
    assertDecodeFails(plain, encoded, "CRC24");
  }

  @Test
  void should_fail_on_a_corrupt_payload_crc() {
    for (SegmentCodec codec : new SegmentCodec[] {plain, lz4}) {
      byte[] encoded = encode(codec, randomBytes(100, 7), true);
      encoded[codec.headerLength() + 10] ^= 0x40;
      assertDecodeFails(codec, encoded, "CRC32");
    }
  }

  @Test
  void should_fail_on_a_compressed_payload_that_does_not_decompress_to_its_length() {
    byte[] payload = new byte[1000];
    byte[] encoded = encode(lz4, payload, true);
    // Announce one more uncompressed byte and fix up the header CRC: only LZ4 can notice.
    long header = littleEndian(encoded, 0, 5) + (1L << 17);
    for (int i = 0; i < 5; i++) {
      encoded[i] = (byte) (header >>> (8 * i));
    }
    int crc = Crc24.compute(header, 5);
    for (int i = 0; i < 3; i++) {
      encoded[5 + i] = (byte) (crc >>> (8 * i));
    }
    assertDecodeFails(lz4, encoded, "LZ4");
  }

  private static void assertDecodeFails(SegmentCodec codec, byte[] encoded, String what) {
    ByteBuf in = Unpooled.wrappedBuffer(encoded);
    try {
      assertThatThrownBy(() -> codec.decode(in, ALLOC))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining(what);
    } finally {
      in.release();
    }
  }

  static byte[] encode(SegmentCodec codec, byte[] payload, boolean selfContained) {
    ByteBuf in = Unpooled.wrappedBuffer(payload);
    ByteBuf out = ALLOC.buffer();
    try {
      codec.encode(in, selfContained, out);
      assertThat(in.isReadable()).isFalse();
      return Bytes.of(out);
    } finally {
      in.release();
      out.release();
    }
  }

  private static SegmentCodec.Segment decodeAll(SegmentCodec codec, byte[] encoded) {
    ByteBuf in = Unpooled.wrappedBuffer(encoded);
    try {
      SegmentCodec.Segment segment = codec.decode(in, ALLOC);
      assertThat(in.isReadable()).isFalse();
      return segment;
    } finally {
      in.release();
    }
  }

  static byte[] randomBytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static long littleEndian(byte[] bytes, int offset, int length) {
    long value = 0;
    for (int i = length - 1; i >= 0; i--) {
      value = (value << 8) | (bytes[offset + i] & 0xFF);
    }
    return value;
  }
}
