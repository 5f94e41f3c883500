package io.sibyl.testsupport.proxy;

import static io.sibyl.testsupport.proxy.Envelopes.concat;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProtocolParserTest {
  private static final ByteBufAllocator ALLOC = UnpooledByteBufAllocator.DEFAULT;

  private final ProtocolParser.Handshake handshake = new ProtocolParser.Handshake();
  private final ProtocolParser requests =
      new ProtocolParser(Direction.CLIENT_TO_SERVER, handshake, true);
  private final ProtocolParser responses =
      new ProtocolParser(Direction.SERVER_TO_CLIENT, handshake, true);
  private final List<Chunk> chunks = new ArrayList<>();

  @AfterEach
  void release() {
    chunks.forEach(Chunk::release);
    requests.release();
    responses.release();
  }

  private List<Chunk> feed(ProtocolParser parser, byte[] bytes, int... cuts) {
    int from = 0;
    List<Chunk> out = new ArrayList<>();
    for (int cut : cuts) {
      parser.feed(Unpooled.wrappedBuffer(bytes, from, cut - from), ALLOC, 0, out);
      from = cut;
    }
    parser.feed(Unpooled.wrappedBuffer(bytes, from, bytes.length - from), ALLOC, 0, out);
    chunks.addAll(out);
    return out;
  }

  /** Feeds one byte at a time. */
  private List<Chunk> feedBytewise(ProtocolParser parser, byte[] bytes) {
    List<Chunk> out = new ArrayList<>();
    for (byte b : bytes) {
      parser.feed(Unpooled.wrappedBuffer(new byte[] {b}), ALLOC, 0, out);
    }
    chunks.addAll(out);
    return out;
  }

  private static List<Frame> frames(List<Chunk> chunks) {
    return chunks.stream().flatMap(c -> c.frames.stream()).collect(Collectors.toList());
  }

  @Test
  void should_cut_v4_envelopes_split_across_reads() {
    byte[] first = Envelopes.query(4, 3, "SELECT * FROM t");
    byte[] second = Envelopes.execute(4, 7, new byte[] {1, 2, 3});
    byte[] bytes = concat(first, second);

    List<Chunk> out = feed(requests, bytes, 4, 12, first.length + 1);

    assertThat(out).extracting(Chunk::size).containsExactly(first.length, second.length);
    List<Frame> frames = frames(out);
    assertThat(frames).extracting(Frame::opcode).containsExactly(Opcode.QUERY, Opcode.EXECUTE);
    assertThat(frames).extracting(Frame::streamId).containsExactly(3, 7);
    assertThat(frames.get(0).queries()).containsExactly("SELECT * FROM t");
    assertThat(frames.get(0).version()).isEqualTo(4);
    assertThat(frames.get(1).preparedIds()).containsExactly(ByteBuffer.wrap(new byte[] {1, 2, 3}));
    assertThat(requests.mode()).isEqualTo(ProtocolParser.Mode.ENVELOPE);
  }

  @Test
  void should_read_the_client_timestamp_of_v4_queries_and_executes() {
    byte[] query = Envelopes.stamped(4, 1, "INSERT INTO t (k, v) VALUES (?, ?)", null, 1_234_567L);
    byte[] execute = Envelopes.stamped(4, 2, null, new byte[] {5}, -8L);

    List<Frame> frames = frames(feed(requests, concat(query, execute, Envelopes.query(4, 3, "x"))));

    assertThat(frames.get(0).queries()).containsExactly("INSERT INTO t (k, v) VALUES (?, ?)");
    assertThat(frames.get(0).timestamp()).hasValue(1_234_567L);
    assertThat(frames.get(1).timestamp()).hasValue(-8L);
    assertThat(frames.get(2).timestamp()).as("no timestamp flag").isEmpty();
  }

  @Test
  void should_read_the_client_timestamp_of_v5_queries_and_executes() {
    feed(requests, Envelopes.startup(5, 0, Map.of("CQL_VERSION", "3.0.0")));
    feed(responses, Envelopes.response(5, 0, Opcode.READY, new byte[0]));
    byte[] segment =
        Envelopes.segment(
            true,
            Envelopes.stamped(5, 1, "SELECT 1", null, Long.MAX_VALUE - 1),
            Envelopes.stamped(5, 2, null, new byte[] {1, 2}, 1_700_000_000_000_000L));

    List<Frame> frames = frames(feed(requests, segment));

    assertThat(frames).extracting(Frame::opcode).containsExactly(Opcode.QUERY, Opcode.EXECUTE);
    assertThat(frames.get(0).timestamp()).hasValue(Long.MAX_VALUE - 1);
    assertThat(frames.get(1).preparedIds()).containsExactly(ByteBuffer.wrap(new byte[] {1, 2}));
    assertThat(frames.get(1).timestamp()).hasValue(1_700_000_000_000_000L);
  }

  @Test
  void should_read_one_byte_at_a_time() {
    byte[] bytes = concat(Envelopes.query(4, 1, "a"), Envelopes.query(4, 2, "b"));

    List<Chunk> out = feedBytewise(requests, bytes);

    assertThat(frames(out)).flatExtracting(Frame::queries).containsExactly("a", "b");
  }

  @Test
  void should_read_the_prepared_id_of_a_prepared_result() {
    List<Chunk> out = feed(responses, Envelopes.preparedResult(4, 9, new byte[] {5, 6}));

    Frame frame = frames(out).get(0);
    assertThat(frame.direction()).isEqualTo(Direction.SERVER_TO_CLIENT);
    assertThat(frame.opcode()).isEqualTo(Opcode.RESULT);
    assertThat(frame.preparedIds()).containsExactly(ByteBuffer.wrap(new byte[] {5, 6}));
  }

  @Test
  void should_stay_in_v4_envelopes_after_a_v4_startup() {
    feed(requests, Envelopes.startup(4, 0, Map.of("CQL_VERSION", "3.0.0")));
    feed(responses, Envelopes.response(4, 0, Opcode.READY, new byte[0]));

    List<Chunk> out = feed(requests, Envelopes.query(4, 1, "q"));

    assertThat(requests.mode()).isEqualTo(ProtocolParser.Mode.ENVELOPE);
    assertThat(responses.mode()).isEqualTo(ProtocolParser.Mode.ENVELOPE);
    assertThat(frames(out)).extracting(Frame::opcode).containsExactly(Opcode.QUERY);
  }

  @Test
  void should_switch_to_v5_segments_after_ready_and_see_their_envelopes() {
    feed(requests, Envelopes.startup(5, 0, Map.of("CQL_VERSION", "3.0.0")));
    // READY and the first segment in one read: the switch happens in the middle of it.
    byte[] segment =
        Envelopes.segment(true, Envelopes.voidResult(5, 1), Envelopes.voidResult(5, 2));
    List<Chunk> out =
        feed(responses, concat(Envelopes.response(5, 0, Opcode.READY, new byte[0]), segment));

    assertThat(responses.mode()).isEqualTo(ProtocolParser.Mode.SEGMENT);
    assertThat(out).hasSize(2);
    assertThat(out.get(1).size()).isEqualTo(segment.length);
    assertThat(out.get(1).frames).extracting(Frame::streamId).containsExactly(1, 2);

    byte[] requestSegment =
        Envelopes.segment(
            true, Envelopes.query(5, 3, "x"), Envelopes.execute(5, 4, new byte[] {9}));
    List<Chunk> requestsOut = feed(requests, requestSegment, 2, 7, 20);
    assertThat(requests.mode()).isEqualTo(ProtocolParser.Mode.SEGMENT);
    assertThat(requestsOut).hasSize(1);
    assertThat(frames(requestsOut))
        .extracting(Frame::opcode)
        .containsExactly(Opcode.QUERY, Opcode.EXECUTE);
    assertThat(frames(requestsOut).get(0).version()).isEqualTo(5);
  }

  @Test
  void should_switch_to_v5_after_authenticate_too() {
    feed(requests, Envelopes.startup(5, 0, Map.of("CQL_VERSION", "3.0.0")));
    feed(responses, Envelopes.response(5, 0, Opcode.AUTHENTICATE, new byte[] {0, 1, 'x'}));

    List<Chunk> out =
        feedBytewise(requests, Envelopes.segment(true, Envelopes.query(5, 1, "auth")));

    assertThat(frames(out)).flatExtracting(Frame::queries).containsExactly("auth");
  }

  @Test
  void should_not_switch_when_the_server_refuses_v5() {
    feed(requests, Envelopes.startup(5, 0, Map.of("CQL_VERSION", "3.0.0")));
    feed(responses, Envelopes.response(4, 0, Opcode.ERROR, new byte[] {0, 0, 0, 10, 0, 0}));

    assertThat(responses.mode()).isEqualTo(ProtocolParser.Mode.ENVELOPE);
    List<Chunk> out = feed(requests, Envelopes.startup(4, 0, Map.of("CQL_VERSION", "3.0.0")));
    assertThat(requests.mode()).isEqualTo(ProtocolParser.Mode.ENVELOPE);
    assertThat(frames(out)).extracting(Frame::opcode).containsExactly(Opcode.STARTUP);
  }

  @Test
  void should_follow_an_envelope_spread_over_non_self_contained_segments() {
    feed(requests, Envelopes.startup(5, 0, Map.of()));
    feed(responses, Envelopes.response(5, 0, Opcode.READY, new byte[0]));
    byte[] large = Envelopes.query(5, 11, "x".repeat(100));
    byte[] part1 = java.util.Arrays.copyOfRange(large, 0, 40);
    byte[] part2 = java.util.Arrays.copyOfRange(large, 40, 80);
    byte[] part3 = java.util.Arrays.copyOfRange(large, 80, large.length);
    byte[] after = Envelopes.execute(5, 12, new byte[] {1});

    List<Chunk> out =
        feed(
            requests,
            concat(
                Envelopes.segment(false, part1),
                Envelopes.segment(false, part2),
                Envelopes.segment(false, part3),
                Envelopes.segment(false, after)));

    assertThat(out).hasSize(4);
    assertThat(out.get(0).frames).extracting(Frame::streamId).containsExactly(11);
    assertThat(out.get(1).frames).isEmpty();
    assertThat(out.get(2).frames).isEmpty();
    assertThat(out.get(3).frames).extracting(Frame::streamId).containsExactly(12);
  }

  @Test
  void should_see_envelopes_only_in_lz4_segments_sent_uncompressed() {
    feed(requests, Envelopes.startup(5, 0, Map.of("COMPRESSION", "lz4")));
    feed(responses, Envelopes.response(5, 0, Opcode.READY, new byte[0]));
    byte[] plain = Envelopes.lz4Segment(true, 0, Envelopes.query(5, 1, "plain"));
    byte[] compressed = Envelopes.lz4Segment(true, 500, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

    List<Chunk> out = feed(requests, concat(plain, compressed), 3, plain.length + 6);

    assertThat(requests.mode()).isEqualTo(ProtocolParser.Mode.SEGMENT_LZ4);
    assertThat(out).extracting(Chunk::size).containsExactly(plain.length, compressed.length);
    assertThat(out.get(0).frames).flatExtracting(Frame::queries).containsExactly("plain");
    assertThat(out.get(1).frames).isEmpty();
  }

  @Test
  void should_fall_back_to_raw_bytes_when_the_header_crc_is_wrong() {
    feed(requests, Envelopes.startup(5, 0, Map.of()));
    feed(responses, Envelopes.response(5, 0, Opcode.READY, new byte[0]));
    byte[] segment = Envelopes.segment(true, Envelopes.query(5, 1, "q"));
    segment[4] ^= 0x10; // in the CRC24

    List<Chunk> out = feed(requests, segment);

    assertThat(requests.mode()).isEqualTo(ProtocolParser.Mode.RAW);
    assertThat(out).extracting(Chunk::size).containsExactly(segment.length);
    assertThat(frames(out)).isEmpty();
  }

  @Test
  void should_fall_back_to_raw_bytes_when_not_the_native_protocol() {
    byte[] http = "GET / HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    List<Chunk> out = feed(requests, http);

    assertThat(requests.mode()).isEqualTo(ProtocolParser.Mode.RAW);
    assertThat(out).extracting(Chunk::size).containsExactly(http.length);
  }

  @Test
  void should_read_the_texts_and_ids_of_a_batch() {
    ByteBuffer body = ByteBuffer.allocate(200);
    body.put((byte) 0).putShort((short) 2); // logged, two statements
    byte[] text = "INSERT INTO t (k) VALUES (?)".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    body.put((byte) 0).putInt(text.length).put(text).putShort((short) 1).putInt(4).putInt(42);
    body.put((byte) 1).putShort((short) 2).put(new byte[] {7, 8}).putShort((short) 2);
    body.putInt(-1).putInt(0); // a null and an empty value
    body.putShort((short) 1).put((byte) 0); // consistency, flags
    byte[] bytes = java.util.Arrays.copyOf(body.array(), body.position());

    List<Chunk> out = feed(requests, Envelopes.request(4, 5, Opcode.BATCH, bytes));

    Frame frame = frames(out).get(0);
    assertThat(frame.queries()).containsExactly("INSERT INTO t (k) VALUES (?)");
    assertThat(frame.preparedIds()).containsExactly(ByteBuffer.wrap(new byte[] {7, 8}));
  }

  @Test
  void should_not_read_a_v4_body_compressed_per_envelope() {
    byte[] query = Envelopes.query(4, 1, "SELECT 1");
    query[1] = 0x01; // compression flag

    List<Chunk> out = feed(requests, query);

    assertThat(frames(out)).hasSize(1);
    assertThat(frames(out).get(0).opcode()).isEqualTo(Opcode.QUERY);
    assertThat(frames(out).get(0).queries()).isEmpty();
  }

  @Test
  void should_read_a_prepared_result_after_warnings_and_tracing() {
    ByteBuffer body = ByteBuffer.allocate(64);
    body.put(new byte[16]); // tracing id
    body.putShort((short) 1).putShort((short) 2).put(new byte[] {'w', '!'}); // one warning
    body.putInt(4).putShort((short) 1).put((byte) 9);
    byte[] bytes = java.util.Arrays.copyOf(body.array(), body.position());

    List<Chunk> out =
        feed(responses, Envelopes.envelope(0x84, 0x02 | 0x08, 3, Opcode.RESULT, bytes));

    assertThat(frames(out).get(0).preparedIds()).containsExactly(ByteBuffer.wrap(new byte[] {9}));
  }

  @Test
  void should_compute_the_spec_crc24_of_an_empty_header() {
    // The initial value stands for no bytes; one zero byte shifts it through the polynomial.
    assertThat(Crc24.of(0, 0)).isEqualTo(0x875060);
    assertThat(Crc24.of(0, 3)).isNotEqualTo(Crc24.of(1, 3));
  }
}
