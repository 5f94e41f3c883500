package io.sibyl.bench.jmh;

import com.datastax.oss.driver.internal.core.protocol.ByteBufPrimitiveCodec;
import com.datastax.oss.driver.shaded.netty.buffer.ByteBufAllocator;
import com.datastax.oss.protocol.internal.Compressor;
import com.datastax.oss.protocol.internal.Frame;
import com.datastax.oss.protocol.internal.FrameCodec;
import com.datastax.oss.protocol.internal.Segment;
import com.datastax.oss.protocol.internal.SegmentCodec;
import com.datastax.oss.protocol.internal.request.Execute;
import com.datastax.oss.protocol.internal.request.query.QueryOptions;
import io.netty.buffer.ByteBuf;
import io.sibyl.bench.responder.ResultBodies;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.SegmentBuilder;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Framing, per protocol version and compression: encoding the EXECUTE of one {@link MixedRow} (into
 * an envelope in v4, into an outer frame in v5) and decoding a Rows response of {@value #ROWS} such
 * rows with full metadata (from the bytes a server sends to a decoded message). Both drivers use
 * their own Netty's default allocator and the same lz4-java.
 */
@State(Scope.Thread)
public class FrameCodecBenchmark {
  /** Rows in the decoded response. */
  public static final int ROWS = 10;

  private static final int STREAM_ID = 42;
  private static final int LOCAL_ONE = 0x000A;
  private static final int SERIAL = 0x0008;

  /** The protocol version. */
  @Param({"V4", "V5"})
  public String version;

  /** The compression: {@code none} or {@code lz4}. */
  @Param({"none", "lz4"})
  public String compression;

  private final io.sibyl.driver.internal.protocol.FrameCodec sibylCodec =
      new io.sibyl.driver.internal.protocol.FrameCodec();
  private io.sibyl.driver.internal.protocol.Compressor sibylCompressor;
  private io.sibyl.driver.internal.protocol.Frame sibylRequest;
  private io.sibyl.driver.internal.protocol.SegmentCodec sibylSegments;
  private SegmentBuilder sibylSegmentBuilder;
  private ByteBuf sibylResponse;

  private FrameCodec<com.datastax.oss.driver.shaded.netty.buffer.ByteBuf> referenceCodec;
  private FrameCodec<com.datastax.oss.driver.shaded.netty.buffer.ByteBuf> referenceEnvelopeCodec;
  private SegmentCodec<com.datastax.oss.driver.shaded.netty.buffer.ByteBuf> referenceSegments;
  private Frame referenceRequest;
  private com.datastax.oss.driver.shaded.netty.buffer.ByteBuf referenceResponse;
  private final List<Object> referenceOut = new ArrayList<>();

  private ProtocolVersion sibylVersion;

  /** Builds the request for both drivers and the response bytes (with Sibyl's codecs). */
  @Setup
  public void setUp() throws ReflectiveOperationException {
    sibylVersion = ProtocolVersion.valueOf(version);
    boolean lz4 = compression.equals("lz4");
    byte[] queryId = new byte[16];
    byte[] resultMetadataId = new byte[16];
    queryId[0] = 1;
    resultMetadataId[0] = 2;
    ByteBuffer[] values = MixedRow.cells().toArray(new ByteBuffer[0]);

    sibylCompressor = lz4 ? io.sibyl.driver.internal.protocol.Compressor.lz4() : null;
    sibylSegments = new io.sibyl.driver.internal.protocol.SegmentCodec(sibylCompressor);
    sibylSegmentBuilder =
        new SegmentBuilder(
            io.netty.buffer.ByteBufAllocator.DEFAULT,
            new io.sibyl.driver.internal.protocol.SegmentCodec(sibylCompressor),
            sibylCodec);
    sibylRequest =
        io.sibyl.driver.internal.protocol.Frame.request(
            sibylVersion,
            STREAM_ID,
            new io.sibyl.driver.internal.protocol.message.Execute(
                queryId,
                sibylVersion == ProtocolVersion.V5 ? resultMetadataId : null,
                new io.sibyl.driver.internal.protocol.message.QueryOptions(
                    LOCAL_ONE,
                    values,
                    null,
                    false,
                    5000,
                    null,
                    SERIAL,
                    io.sibyl.driver.internal.protocol.message.QueryOptions.NO_TIMESTAMP,
                    null,
                    io.sibyl.driver.internal.protocol.message.QueryOptions.NO_NOW_IN_SECONDS)));

    ByteBufPrimitiveCodec primitives = new ByteBufPrimitiveCodec(ByteBufAllocator.DEFAULT);
    Compressor<com.datastax.oss.driver.shaded.netty.buffer.ByteBuf> referenceCompressor =
        lz4 ? referenceLz4() : Compressor.none();
    boolean v5 = sibylVersion == ProtocolVersion.V5;
    referenceCodec =
        FrameCodec.defaultClient(primitives, v5 ? Compressor.none() : referenceCompressor);
    referenceEnvelopeCodec = FrameCodec.defaultClient(primitives, Compressor.none());
    referenceSegments = new SegmentCodec<>(primitives, referenceCompressor);
    referenceRequest =
        Frame.forRequest(
            sibylVersion.code(),
            STREAM_ID,
            false,
            Frame.NO_PAYLOAD,
            new Execute(
                queryId,
                v5 ? resultMetadataId : null,
                new QueryOptions(
                    LOCAL_ONE,
                    List.of(values),
                    Collections.emptyMap(),
                    false,
                    5000,
                    null,
                    SERIAL,
                    QueryOptions.NO_DEFAULT_TIMESTAMP,
                    null,
                    QueryOptions.NO_NOW_IN_SECONDS)));

    byte[] response = ResponseBytes.wire(sibylVersion, sibylCompressor, rowsBody());
    sibylResponse = io.netty.buffer.Unpooled.directBuffer(response.length).writeBytes(response);
    referenceResponse =
        com.datastax.oss.driver.shaded.netty.buffer.Unpooled.directBuffer(response.length)
            .writeBytes(response);
  }

  static byte[] rowsBody() {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(MixedRow.values());
    }
    return ResultBodies.rows(MixedRow.KEYSPACE, MixedRow.TABLE, MixedRow.COLUMNS, rows, true);
  }

  @SuppressWarnings("unchecked")
  private static Compressor<com.datastax.oss.driver.shaded.netty.buffer.ByteBuf> referenceLz4()
      throws ReflectiveOperationException {
    var constructor =
        Class.forName("com.datastax.oss.driver.internal.core.protocol.Lz4Compressor")
            .getDeclaredConstructor(String.class);
    constructor.setAccessible(true);
    return (Compressor<com.datastax.oss.driver.shaded.netty.buffer.ByteBuf>)
        constructor.newInstance("bench");
  }

  /** Releases the response buffers. */
  @TearDown
  public void tearDown() {
    sibylResponse.release();
    referenceResponse.release();
    sibylSegmentBuilder.discard();
  }

  /** Sibyl: the EXECUTE to bytes (v5: through the segment builder the connection uses). */
  @Benchmark
  public int sibylEncode() {
    if (sibylVersion == ProtocolVersion.V4) {
      ByteBuf out =
          sibylCodec.encode(
              io.netty.buffer.ByteBufAllocator.DEFAULT, sibylRequest, sibylCompressor);
      int length = out.readableBytes();
      out.release();
      return length;
    }
    sibylSegmentBuilder.add(sibylRequest);
    int length = 0;
    for (ByteBuf out : sibylSegmentBuilder.drain()) {
      length += out.readableBytes();
      out.release();
    }
    return length;
  }

  /** Reference driver: the EXECUTE to bytes (v5: envelope, then its segment codec). */
  @Benchmark
  public int referenceEncode() {
    if (sibylVersion == ProtocolVersion.V4) {
      com.datastax.oss.driver.shaded.netty.buffer.ByteBuf out =
          referenceCodec.encode(referenceRequest);
      int length = out.readableBytes();
      out.release();
      return length;
    }
    com.datastax.oss.driver.shaded.netty.buffer.ByteBuf payload =
        referenceEnvelopeCodec.encode(referenceRequest);
    referenceSegments.encode(new Segment<>(payload, true), referenceOut);
    int length = 0;
    for (Object part : referenceOut) {
      com.datastax.oss.driver.shaded.netty.buffer.ByteBuf buffer =
          (com.datastax.oss.driver.shaded.netty.buffer.ByteBuf) part;
      length += buffer.readableBytes();
      buffer.release();
    }
    referenceOut.clear();
    return length;
  }

  /** Sibyl: the Rows response from bytes to a decoded message. */
  @Benchmark
  public Object sibylDecode() {
    ByteBuf in = sibylResponse.readerIndex(0);
    if (sibylVersion == ProtocolVersion.V4) {
      return sibylCodec.decode(in, sibylCompressor).message();
    }
    io.sibyl.driver.internal.protocol.SegmentCodec.Segment segment =
        sibylSegments.decode(in, io.netty.buffer.ByteBufAllocator.DEFAULT);
    try {
      return sibylCodec.decode(segment.payload(), null).message();
    } finally {
      segment.payload().release();
    }
  }

  /** Reference driver: the Rows response from bytes to a decoded message. */
  @Benchmark
  public Object referenceDecode() throws Exception {
    com.datastax.oss.driver.shaded.netty.buffer.ByteBuf in = referenceResponse.readerIndex(0);
    if (sibylVersion == ProtocolVersion.V4) {
      return referenceCodec.decode(in).message;
    }
    // As the driver's BytesToSegmentDecoder: the header, then a slice of payload and CRC, which
    // the segment codec releases.
    SegmentCodec.Header header = referenceSegments.decodeHeader(in);
    Segment<com.datastax.oss.driver.shaded.netty.buffer.ByteBuf> segment =
        referenceSegments.decode(
            header, in.readRetainedSlice(header.payloadLength + SegmentCodec.CRC32_LENGTH));
    try {
      return referenceEnvelopeCodec.decode(segment.payload).message;
    } finally {
      segment.payload.release();
    }
  }
}
