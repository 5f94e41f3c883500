package io.sibyl.driver.internal.protocol.fuzz;

import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.Envelopes;
import io.sibyl.driver.internal.protocol.FrameCodec;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.SegmentCodec;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes fuzz inputs from the {@link Corpus}: picks envelopes, mutates them where they are
 * structured (length fields set to edge values, header fields, truncation, splicing, duplication,
 * bit flips), puts them on the wire of one transport (v4, v4 + LZ4, v5 frames, v5 + LZ4 frames),
 * mutates the wire where it is structured (v5 frame header fields with valid CRCs, the v4 LZ4
 * length prefix, LZ4 blocks), then possibly the raw bytes, and cuts the result into the chunks in
 * which it reaches the decoder. Each input is a pure function of its seed.
 */
final class InputGenerator {
  /** How the envelopes travel. */
  enum Transport {
    V4(4, false),
    V4_LZ4(4, true),
    V5(5, false),
    V5_LZ4(5, true);

    final int version;
    final boolean lz4;

    Transport(int version, boolean lz4) {
      this.version = version;
      this.lz4 = lz4;
    }
  }

  /**
   * One input.
   *
   * @param seed the seed it was made from
   * @param transport the decoder configuration to feed it to
   * @param bytes the bytes
   * @param chunks the sizes of the successive reads, summing to {@code bytes.length}
   * @param envelopes the envelopes it was made from, after envelope mutations
   * @param mutations what was done, for reports; empty for a valid input
   */
  record Input(
      long seed,
      Transport transport,
      byte[] bytes,
      int[] chunks,
      List<Envelope> envelopes,
      List<String> mutations) {
    boolean valid() {
      return mutations.isEmpty();
    }
  }

  /** The stream of the READY that switches v5 to framing; a request waits for it too. */
  static final int STARTUP_STREAM = Corpus.STREAMS;

  private static final int[] INT_EDGES = {
    0, 1, -1, -2, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xFFFF
  };

  private final List<Envelope> v4 = Corpus.of(4);
  private final List<Envelope> v5 = Corpus.of(5);
  private final Compressor lz4 = Compressor.lz4();

  /** Every corpus envelope alone, then all of them in one input, on every transport. */
  List<Input> validInputs() {
    List<Input> inputs = new ArrayList<>();
    for (Transport transport : Transport.values()) {
      List<Envelope> corpus = corpus(transport);
      for (Envelope envelope : corpus) {
        inputs.add(valid(transport, List.of(envelope), inputs.size()));
      }
      inputs.add(valid(transport, corpus, inputs.size()));
    }
    return inputs;
  }

  private Input valid(Transport transport, List<Envelope> envelopes, long seed) {
    Random random = new Random(seed);
    byte[] bytes = encode(transport, copies(envelopes), random, new ArrayList<>(), false);
    return new Input(seed, transport, bytes, chunks(bytes.length, random), envelopes, List.of());
  }

  /** The input of {@code seed}: almost always mutated. */
  Input generate(long seed) {
    Random random = new Random(seed);
    Transport transport = Transport.values()[random.nextInt(Transport.values().length)];
    List<Envelope> corpus = corpus(transport);
    int count = 1 + random.nextInt(4);
    List<Envelope> envelopes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      envelopes.add(corpus.get(random.nextInt(corpus.size())).copy());
    }
    List<String> mutations = new ArrayList<>();
    int envelopeMutations = random.nextInt(4);
    for (int i = 0; i < envelopeMutations; i++) {
      mutateEnvelopes(envelopes, corpus, random, mutations);
    }
    boolean wireMutation = random.nextInt(4) == 0 || mutations.isEmpty();
    byte[] bytes = encode(transport, envelopes, random, mutations, wireMutation);
    if (random.nextInt(5) == 0 || mutations.isEmpty()) {
      bytes = mutateRaw(bytes, random, mutations, transport);
    }
    return new Input(
        seed, transport, bytes, chunks(bytes.length, random), List.copyOf(envelopes), mutations);
  }

  private List<Envelope> corpus(Transport transport) {
    return transport.version == 4 ? v4 : v5;
  }

  private static List<Envelope> copies(List<Envelope> envelopes) {
    List<Envelope> copies = new ArrayList<>();
    envelopes.forEach(envelope -> copies.add(envelope.copy()));
    return copies;
  }

  // ---- envelope mutations --------------------------------------------------------------------

  private void mutateEnvelopes(
      List<Envelope> envelopes, List<Envelope> corpus, Random random, List<String> log) {
    Envelope e = envelopes.get(random.nextInt(envelopes.size()));
    int kind = random.nextInt(100);
    if (kind < 35 && !e.fields.isEmpty()) {
      Body.Field field = e.fields.get(random.nextInt(e.fields.size()));
      int remaining = e.body.length - field.offset() - field.width();
      int value = edge(field.width(), remaining, random);
      write(e.body, field.offset(), field.width(), value);
      log.add(e + ": field@" + field.offset() + "/" + field.width() + " = " + value);
    } else if (kind < 45) {
      int value =
          random.nextBoolean()
              ? edge(4, e.body.length, random)
              : e.body.length + random.nextInt(7) - 3;
      e.lengthOverride = value;
      log.add(e + ": header length = " + value);
    } else if (kind < 52) {
      switch (random.nextInt(4)) {
        case 0 ->
            e.streamId =
                random.nextBoolean()
                    ? random.nextInt(Corpus.STREAMS + 2) - 1
                    : (short) random.nextInt();
        case 1 -> e.opcode = random.nextBoolean() ? random.nextInt(0x12) : random.nextInt(256);
        case 2 -> e.flags ^= 1 << random.nextInt(8);
        default -> e.version = random.nextBoolean() ? 3 + random.nextInt(3) : random.nextInt(128);
      }
      log.add(
          e
              + ": header field (stream, opcode, flags, version) now "
              + e.streamId
              + "/"
              + e.opcode
              + "/"
              + e.flags
              + "/"
              + e.version);
    } else if (kind < 65) {
      int flips = 1 + random.nextInt(4);
      for (int i = 0; i < flips && e.body.length > 0; i++) {
        int bit = random.nextInt(e.body.length * 8);
        e.body[bit / 8] ^= (byte) (1 << (bit % 8));
      }
      log.add(e + ": " + flips + " bit flips in the body");
    } else if (kind < 75) {
      int keep = e.body.length == 0 ? 0 : random.nextInt(e.body.length);
      e.body = Arrays.copyOf(e.body, keep);
      e.fields.removeIf(field -> field.offset() + field.width() > keep);
      log.add(e + ": body truncated to " + keep);
    } else if (kind < 83) {
      Envelope other = corpus.get(random.nextInt(corpus.size()));
      int cut = random.nextInt(e.body.length + 1);
      int from = random.nextInt(other.body.length + 1);
      byte[] spliced = Arrays.copyOf(e.body, cut + other.body.length - from);
      System.arraycopy(other.body, from, spliced, cut, other.body.length - from);
      e.body = spliced;
      e.fields.removeIf(field -> field.offset() + field.width() > cut);
      for (Body.Field field : other.fields) {
        if (field.offset() >= from) {
          e.fields.add(new Body.Field(field.offset() - from + cut, field.width()));
        }
      }
      log.add(e + ": body[0.." + cut + ") + " + other + " body[" + from + "..)");
    } else if (kind < 90) {
      envelopes.add(random.nextInt(envelopes.size() + 1), e.copy());
      log.add(e + ": duplicated");
    } else if (kind < 95 && e.body.length > 0) {
      int from = random.nextInt(e.body.length);
      int length = 1 + random.nextInt(Math.min(16, e.body.length - from));
      byte[] longer = new byte[e.body.length + length];
      System.arraycopy(e.body, 0, longer, 0, from + length);
      System.arraycopy(e.body, from, longer, from + length, e.body.length - from);
      e.body = longer;
      e.fields.removeIf(field -> field.offset() >= from);
      log.add(e + ": body bytes [" + from + ", +" + length + ") repeated");
    } else {
      e.opcode =
          new int[] {
                Opcode.ERROR,
                Opcode.READY,
                Opcode.AUTHENTICATE,
                Opcode.SUPPORTED,
                Opcode.RESULT,
                Opcode.EVENT,
                Opcode.AUTH_CHALLENGE,
                Opcode.AUTH_SUCCESS
              }
              [random.nextInt(8)];
      log.add(e + ": opcode now " + Opcode.name(e.opcode));
    }
  }

  /** An edge value for a field of {@code width} bytes followed by {@code remaining} bytes. */
  private static int edge(int width, int remaining, Random random) {
    if (width == 1) {
      return new int[] {0, 0xFF, 4, 16, 5, random.nextInt(256)}[random.nextInt(6)];
    }
    int choice = random.nextInt(10);
    if (choice < 3) {
      return remaining + choice - 1; // remaining - 1, remaining, remaining + 1
    }
    if (choice < 4) {
      return random.nextInt(Math.max(1, remaining * 2 + 1));
    }
    if (choice < 5) {
      return random.nextInt();
    }
    int value = INT_EDGES[random.nextInt(INT_EDGES.length)];
    return width == 2 ? value & 0xFFFF : value;
  }

  private static void write(byte[] bytes, int offset, int width, int value) {
    for (int i = 0; i < width; i++) {
      bytes[offset + i] = (byte) (value >>> (8 * (width - 1 - i)));
    }
  }

  // ---- transports and wire mutations ---------------------------------------------------------

  private byte[] encode(
      Transport transport,
      List<Envelope> envelopes,
      Random random,
      List<String> log,
      boolean mutateWire) {
    int target = mutateWire ? random.nextInt(envelopes.size()) : -1;
    if (transport.version == 4) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = 0; i < envelopes.size(); i++) {
        byte[] envelope = envelopes.get(i).encode();
        if (transport.lz4 && envelope.length >= FrameCodec.HEADER_LENGTH) {
          envelope = compressV4(envelope, random, i == target ? log : null);
        } else if (i == target) {
          mutateWire = false; // nothing wire-specific to mutate in a plain v4 envelope
        }
        out.writeBytes(envelope);
      }
      if (mutateWire && !transport.lz4) {
        return mutateRaw(out.toByteArray(), random, log, transport);
      }
      return out.toByteArray();
    }
    List<Segment> segments = segments(envelopes, transport.lz4, random);
    if (mutateWire && !segments.isEmpty()) {
      mutateSegments(segments, random, log);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Envelopes.ready(5, STARTUP_STREAM));
    for (Segment segment : segments) {
      out.writeBytes(segment.encode(transport.lz4));
    }
    return out.toByteArray();
  }

  private byte[] compressV4(byte[] envelope, Random random, List<String> log) {
    byte[] compressed = Wire.compressV4(envelope, lz4);
    if (log == null) {
      return compressed;
    }
    int blockStart = FrameCodec.HEADER_LENGTH + 4;
    int blockLength = compressed.length - blockStart;
    switch (random.nextInt(3)) {
      case 0 -> {
        int value =
            new int[] {
                  0,
                  -1,
                  Integer.MAX_VALUE,
                  256 * 1024 * 1024,
                  envelope.length - 8,
                  envelope.length - 10,
                  255 * blockLength,
                  255 * blockLength + 1
                }
                [random.nextInt(8)];
        write(compressed, FrameCodec.HEADER_LENGTH, 4, value);
        log.add("v4 LZ4 length prefix = " + value);
      }
      case 1 -> {
        for (int i = 0; i < 1 + random.nextInt(3) && blockLength > 0; i++) {
          int bit = random.nextInt(blockLength * 8);
          compressed[blockStart + bit / 8] ^= (byte) (1 << (bit % 8));
        }
        log.add("v4 LZ4 block bit flips");
      }
      default -> {
        int keep = blockStart + random.nextInt(blockLength + 1);
        compressed = Arrays.copyOf(compressed, keep);
        write(compressed, 5, 4, keep - FrameCodec.HEADER_LENGTH);
        log.add("v4 LZ4 block truncated to " + (keep - blockStart));
      }
    }
    return compressed;
  }

  /** A v5 outer frame before encoding. */
  private final class Segment {
    byte[] payload; // uncompressed
    boolean selfContained;
    byte[] wirePayload; // after compression, null until encoded once
    Integer lengthField;
    Integer uncompressedField;
    boolean compress;

    Segment(byte[] payload, boolean selfContained, boolean compress) {
      this.payload = payload;
      this.selfContained = selfContained;
      this.compress = compress;
    }

    void prepare(boolean lz4Format) {
      if (wirePayload != null) {
        return;
      }
      if (lz4Format && compress && payload.length >= 1) {
        byte[] block = Wire.lz4Block(payload, lz4);
        if (block.length < payload.length) {
          wirePayload = block;
          uncompressedField = uncompressedField == null ? payload.length : uncompressedField;
          return;
        }
      }
      wirePayload = payload;
      if (uncompressedField == null) {
        uncompressedField = 0;
      }
    }

    byte[] encode(boolean lz4Format) {
      prepare(lz4Format);
      int length = lengthField != null ? lengthField : wirePayload.length;
      return lz4Format
          ? Wire.compressedFrame(wirePayload, length, uncompressedField, selfContained)
          : Wire.uncompressedFrame(wirePayload, length, selfContained);
    }
  }

  private List<Segment> segments(List<Envelope> envelopes, boolean lz4Format, Random random) {
    List<Segment> segments = new ArrayList<>();
    ByteArrayOutputStream group = new ByteArrayOutputStream();
    for (Envelope envelope : envelopes) {
      byte[] bytes = envelope.encode();
      boolean split =
          bytes.length > SegmentCodec.MAX_PAYLOAD_LENGTH
              || (bytes.length > 2 && random.nextInt(4) == 0);
      if (!split && group.size() + bytes.length <= SegmentCodec.MAX_PAYLOAD_LENGTH) {
        group.writeBytes(bytes);
        continue;
      }
      if (group.size() > 0) {
        segments.add(new Segment(group.toByteArray(), true, random.nextInt(4) != 0));
        group.reset();
      }
      if (!split) {
        group.writeBytes(bytes);
        continue;
      }
      int parts = 2 + random.nextInt(3);
      int offset = 0;
      for (int part = 0; part < parts && offset < bytes.length; part++) {
        int end =
            part == parts - 1
                ? bytes.length
                : offset + 1 + random.nextInt(Math.max(1, bytes.length - offset - 1));
        end = Math.min(bytes.length, Math.min(end, offset + SegmentCodec.MAX_PAYLOAD_LENGTH));
        segments.add(
            new Segment(Arrays.copyOfRange(bytes, offset, end), false, random.nextInt(4) != 0));
        offset = end;
      }
      while (offset < bytes.length) {
        int end = Math.min(bytes.length, offset + SegmentCodec.MAX_PAYLOAD_LENGTH);
        segments.add(new Segment(Arrays.copyOfRange(bytes, offset, end), false, true));
        offset = end;
      }
    }
    if (group.size() > 0) {
      segments.add(new Segment(group.toByteArray(), true, random.nextInt(4) != 0));
    }
    segments.forEach(segment -> segment.prepare(lz4Format));
    return segments;
  }

  private void mutateSegments(List<Segment> segments, Random random, List<String> log) {
    int index = random.nextInt(segments.size());
    Segment s = segments.get(index);
    int max = SegmentCodec.MAX_PAYLOAD_LENGTH;
    switch (random.nextInt(8)) {
      case 0 -> {
        int actual = s.wirePayload.length;
        s.lengthField =
            new int[] {0, max, actual - 1, actual + 1, random.nextInt(max + 1)}[random.nextInt(5)];
        log.add("segment " + index + ": length field = " + s.lengthField);
      }
      case 1 -> {
        int actual = s.payload.length;
        int len = s.wirePayload.length;
        s.uncompressedField =
            new int[] {
                      0,
                      max,
                      actual - 1,
                      actual + 1,
                      255 * len,
                      255 * len + 1,
                      random.nextInt(max + 1)
                    }
                    [random.nextInt(7)]
                & max;
        log.add("segment " + index + ": uncompressed length field = " + s.uncompressedField);
      }
      case 2 -> {
        s.selfContained = !s.selfContained;
        log.add("segment " + index + ": self-contained flag flipped");
      }
      case 3 -> {
        if (s.wirePayload.length > 0) {
          byte[] flipped = s.wirePayload.clone();
          int bit = random.nextInt(flipped.length * 8);
          flipped[bit / 8] ^= (byte) (1 << (bit % 8));
          s.wirePayload = flipped;
        }
        log.add("segment " + index + ": payload bit flip, CRC32 recomputed");
      }
      case 4 -> {
        s.wirePayload = Arrays.copyOf(s.wirePayload, random.nextInt(s.wirePayload.length + 1));
        log.add("segment " + index + ": payload truncated to " + s.wirePayload.length);
      }
      case 5 -> {
        segments.remove(index);
        log.add("segment " + index + ": dropped");
      }
      case 6 -> {
        segments.add(index, s);
        log.add("segment " + index + ": duplicated");
      }
      default -> {
        int other = random.nextInt(segments.size());
        segments.set(index, segments.get(other));
        segments.set(other, s);
        log.add("segments " + index + " and " + other + " swapped");
      }
    }
  }

  // ---- raw mutations and chunks --------------------------------------------------------------

  private byte[] mutateRaw(byte[] bytes, Random random, List<String> log, Transport transport) {
    if (bytes.length == 0) {
      return bytes;
    }
    switch (random.nextInt(5)) {
      case 0 -> {
        bytes = bytes.clone();
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
          int bit = random.nextInt(bytes.length * 8);
          bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        log.add("raw: " + flips + " bit flips");
      }
      case 1 -> {
        int keep = random.nextInt(bytes.length);
        bytes = Arrays.copyOf(bytes, keep);
        log.add("raw: truncated to " + keep);
      }
      case 2 -> {
        Input other =
            valid(
                transport,
                List.of(corpus(transport).get(random.nextInt(corpus(transport).size()))),
                random.nextLong());
        int cut = random.nextInt(bytes.length + 1);
        int from = random.nextInt(other.bytes().length + 1);
        byte[] spliced = Arrays.copyOf(bytes, cut + other.bytes().length - from);
        System.arraycopy(other.bytes(), from, spliced, cut, other.bytes().length - from);
        bytes = spliced;
        log.add("raw: spliced at " + cut + " with another input from " + from);
      }
      case 3 -> {
        int from = random.nextInt(bytes.length);
        int length = 1 + random.nextInt(Math.min(64, bytes.length - from));
        byte[] longer = new byte[bytes.length + length];
        System.arraycopy(bytes, 0, longer, 0, from + length);
        System.arraycopy(bytes, from, longer, from + length, bytes.length - from);
        bytes = longer;
        log.add("raw: bytes [" + from + ", +" + length + ") duplicated");
      }
      default -> {
        bytes = bytes.clone();
        int at = random.nextInt(bytes.length);
        int width = Math.min(4, bytes.length - at);
        int value = INT_EDGES[random.nextInt(INT_EDGES.length)];
        write(bytes, at, width, value);
        log.add("raw: " + width + " bytes at " + at + " = " + value);
      }
    }
    return bytes;
  }

  private static int[] chunks(int length, Random random) {
    int mode = random.nextInt(10);
    if (length == 0 || mode < 5) {
      return new int[] {length};
    }
    if (mode < 7 && length <= 1024) {
      int[] ones = new int[length];
      Arrays.fill(ones, 1);
      return ones;
    }
    List<Integer> sizes = new ArrayList<>();
    int left = length;
    while (left > 0) {
      int size = Math.min(left, 1 + random.nextInt(64));
      sizes.add(size);
      left -= size;
    }
    return sizes.stream().mapToInt(Integer::intValue).toArray();
  }
}
