package io.sibyl.bench.jmh;

import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.PrimitiveBooleanCodec;
import io.sibyl.driver.type.codec.PrimitiveDoubleCodec;
import io.sibyl.driver.type.codec.PrimitiveIntCodec;
import io.sibyl.driver.type.codec.PrimitiveLongCodec;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Type codecs alone: encoding and decoding the eight values of the {@link MixedRow}, one row per
 * operation, through each driver's public codec API (primitive codecs without boxing on both
 * sides). Run with {@code -prof gc} for the bytes allocated per row.
 */
@State(Scope.Thread)
public class TypeCodecBenchmark {
  private static final com.datastax.oss.driver.api.core.ProtocolVersion REFERENCE_VERSION =
      DefaultProtocolVersion.V5;

  private TypeCodec<UUID> sibylUuid;
  private TypeCodec<String> sibylText;
  private PrimitiveIntCodec sibylInt;
  private PrimitiveLongCodec sibylBigint;
  private PrimitiveDoubleCodec sibylDouble;
  private PrimitiveBooleanCodec sibylBoolean;
  private TypeCodec<Instant> sibylTimestamp;
  private TypeCodec<List<String>> sibylTags;

  private com.datastax.oss.driver.api.core.type.codec.TypeCodec<List<String>> referenceTags;

  private ByteBuffer[] cells;

  /** Looks the codecs up once, as a driver caches them per column. */
  @Setup
  public void setUp() {
    CodecRegistry registry = CodecRegistry.DEFAULT;
    sibylUuid = registry.codecFor(DataTypes.UUID, UUID.class);
    sibylText = registry.codecFor(DataTypes.TEXT, String.class);
    sibylInt = (PrimitiveIntCodec) registry.codecFor(DataTypes.INT, Integer.class);
    sibylBigint = (PrimitiveLongCodec) registry.codecFor(DataTypes.BIGINT, Long.class);
    sibylDouble = (PrimitiveDoubleCodec) registry.codecFor(DataTypes.DOUBLE, Double.class);
    sibylBoolean = (PrimitiveBooleanCodec) registry.codecFor(DataTypes.BOOLEAN, Boolean.class);
    sibylTimestamp = registry.codecFor(DataTypes.TIMESTAMP, Instant.class);
    sibylTags =
        registry.codecFor(DataTypes.listOf(DataTypes.TEXT), GenericType.listOf(String.class));
    referenceTags = TypeCodecs.listOf(TypeCodecs.TEXT);
    cells = MixedRow.cells().toArray(new ByteBuffer[0]);
  }

  /** Sibyl: encode one row's values. */
  @Benchmark
  public void sibylEncodeRow(Blackhole bh) {
    bh.consume(sibylUuid.encode(MixedRow.ID));
    bh.consume(sibylText.encode(MixedRow.NAME));
    bh.consume(sibylInt.encodeInt(MixedRow.AGE));
    bh.consume(sibylBigint.encodeLong(MixedRow.BALANCE));
    bh.consume(sibylDouble.encodeDouble(MixedRow.SCORE));
    bh.consume(sibylBoolean.encodeBoolean(MixedRow.ACTIVE));
    bh.consume(sibylTimestamp.encode(MixedRow.CREATED));
    bh.consume(sibylTags.encode(MixedRow.TAGS));
  }

  /** Reference driver: encode one row's values. */
  @Benchmark
  public void referenceEncodeRow(Blackhole bh) {
    bh.consume(TypeCodecs.UUID.encode(MixedRow.ID, REFERENCE_VERSION));
    bh.consume(TypeCodecs.TEXT.encode(MixedRow.NAME, REFERENCE_VERSION));
    bh.consume(TypeCodecs.INT.encodePrimitive(MixedRow.AGE, REFERENCE_VERSION));
    bh.consume(TypeCodecs.BIGINT.encodePrimitive(MixedRow.BALANCE, REFERENCE_VERSION));
    bh.consume(TypeCodecs.DOUBLE.encodePrimitive(MixedRow.SCORE, REFERENCE_VERSION));
    bh.consume(TypeCodecs.BOOLEAN.encodePrimitive(MixedRow.ACTIVE, REFERENCE_VERSION));
    bh.consume(TypeCodecs.TIMESTAMP.encode(MixedRow.CREATED, REFERENCE_VERSION));
    bh.consume(referenceTags.encode(MixedRow.TAGS, REFERENCE_VERSION));
  }

  /** Sibyl: decode one row's cells. */
  @Benchmark
  public void sibylDecodeRow(Blackhole bh) {
    ByteBuffer[] row = cells;
    bh.consume(sibylUuid.decode(row[0]));
    bh.consume(sibylText.decode(row[1]));
    bh.consume(sibylInt.decodeInt(row[2]));
    bh.consume(sibylBigint.decodeLong(row[3]));
    bh.consume(sibylDouble.decodeDouble(row[4]));
    bh.consume(sibylBoolean.decodeBoolean(row[5]));
    bh.consume(sibylTimestamp.decode(row[6]));
    bh.consume(sibylTags.decode(row[7]));
  }

  /** Reference driver: decode one row's cells. */
  @Benchmark
  public void referenceDecodeRow(Blackhole bh) {
    ByteBuffer[] row = cells;
    bh.consume(TypeCodecs.UUID.decode(row[0], REFERENCE_VERSION));
    bh.consume(TypeCodecs.TEXT.decode(row[1], REFERENCE_VERSION));
    bh.consume(TypeCodecs.INT.decodePrimitive(row[2], REFERENCE_VERSION));
    bh.consume(TypeCodecs.BIGINT.decodePrimitive(row[3], REFERENCE_VERSION));
    bh.consume(TypeCodecs.DOUBLE.decodePrimitive(row[4], REFERENCE_VERSION));
    bh.consume(TypeCodecs.BOOLEAN.decodePrimitive(row[5], REFERENCE_VERSION));
    bh.consume(TypeCodecs.TIMESTAMP.decode(row[6], REFERENCE_VERSION));
    bh.consume(referenceTags.decode(row[7], REFERENCE_VERSION));
  }
}
