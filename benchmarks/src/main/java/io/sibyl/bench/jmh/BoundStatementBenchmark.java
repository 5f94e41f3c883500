package io.sibyl.bench.jmh;

import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.detach.AttachmentPoint;
import com.datastax.oss.driver.internal.core.cql.DefaultColumnDefinition;
import com.datastax.oss.driver.internal.core.cql.DefaultColumnDefinitions;
import com.datastax.oss.driver.internal.core.cql.DefaultPreparedStatement;
import com.datastax.oss.driver.internal.core.protocol.ByteBufPrimitiveCodec;
import com.datastax.oss.driver.shaded.netty.buffer.ByteBufAllocator;
import com.datastax.oss.protocol.internal.Compressor;
import com.datastax.oss.protocol.internal.Frame;
import com.datastax.oss.protocol.internal.FrameCodec;
import com.datastax.oss.protocol.internal.ProtocolConstants;
import com.datastax.oss.protocol.internal.request.Execute;
import com.datastax.oss.protocol.internal.request.query.QueryOptions;
import io.netty.buffer.ByteBuf;
import io.sibyl.driver.BenchmarkAccess;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.session.SessionConfig;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What executing a prepared statement costs before the network: binding the eight values of the
 * {@link MixedRow} with typed setters, turning the bound statement into an EXECUTE message and
 * encoding its v5 envelope.
 *
 * <p>Sibyl runs its own code end to end ({@code RequestMessages.toMessage}, the path of {@code
 * Session.executeAsync}). For the reference driver, binding is its {@code BoundStatementBuilder};
 * the EXECUTE is then built the way its request handler does (consistency, page size, serial
 * consistency, values) without the execution profile lookups, which need a running session.
 */
@State(Scope.Thread)
public class BoundStatementBenchmark {
  private static final int STREAM_ID = 42;

  private PreparedStatement sibylPrepared;
  private SessionConfig sibylConfig;
  private final io.sibyl.driver.internal.protocol.FrameCodec sibylCodec =
      new io.sibyl.driver.internal.protocol.FrameCodec();

  private DefaultPreparedStatement referencePrepared;
  private FrameCodec<com.datastax.oss.driver.shaded.netty.buffer.ByteBuf> referenceCodec;

  /** Prepares the INSERT of the mixed row for both drivers (without a server). */
  @Setup
  public void setUp() {
    byte[] id = new byte[16];
    byte[] resultMetadataId = new byte[16];
    id[0] = 1;
    resultMetadataId[0] = 2;
    sibylPrepared =
        BenchmarkAccess.prepared(
            MixedRow.INSERT, id, MixedRow.sibylSpecs(), new int[] {0}, List.of(), resultMetadataId);
    sibylConfig = BenchmarkAccess.defaultConfig();

    List<ColumnDefinition> variables = new ArrayList<>();
    for (var spec : MixedRow.referenceSpecs()) {
      variables.add(new DefaultColumnDefinition(spec, AttachmentPoint.NONE));
    }
    referencePrepared =
        new DefaultPreparedStatement(
            ByteBuffer.wrap(id),
            MixedRow.INSERT,
            DefaultColumnDefinitions.valueOf(variables),
            List.of(0),
            ByteBuffer.wrap(resultMetadataId),
            DefaultColumnDefinitions.valueOf(List.of()),
            null,
            Collections.emptyMap(),
            null,
            null,
            null,
            null,
            null,
            Collections.emptyMap(),
            null,
            null,
            null,
            5000,
            null,
            null,
            false,
            com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry.DEFAULT,
            DefaultProtocolVersion.V5);
    referenceCodec =
        FrameCodec.defaultClient(
            new ByteBufPrimitiveCodec(ByteBufAllocator.DEFAULT), Compressor.none());
  }

  /** Sibyl: bind, build the EXECUTE, encode the envelope. */
  @Benchmark
  public int sibylBindAndEncode() {
    io.sibyl.driver.BoundStatement bound =
        sibylPrepared
            .bind()
            .setUuid(0, MixedRow.ID)
            .setString(1, MixedRow.NAME)
            .setInt(2, MixedRow.AGE)
            .setLong(3, MixedRow.BALANCE)
            .setDouble(4, MixedRow.SCORE)
            .setBoolean(5, MixedRow.ACTIVE)
            .setInstant(6, MixedRow.CREATED)
            .set(7, MixedRow.TAGS, io.sibyl.driver.type.GenericType.listOf(String.class));
    Request message = BenchmarkAccess.toMessage(bound, sibylConfig, ProtocolVersion.V5);
    ByteBuf out =
        sibylCodec.encode(
            io.netty.buffer.ByteBufAllocator.DEFAULT,
            io.sibyl.driver.internal.protocol.Frame.request(ProtocolVersion.V5, STREAM_ID, message),
            null);
    int length = out.readableBytes();
    out.release();
    return length;
  }

  /** Reference driver: bind, build the EXECUTE, encode the envelope. */
  @Benchmark
  public int referenceBindAndEncode() {
    BoundStatement bound =
        referencePrepared
            .boundStatementBuilder()
            .setUuid(0, MixedRow.ID)
            .setString(1, MixedRow.NAME)
            .setInt(2, MixedRow.AGE)
            .setLong(3, MixedRow.BALANCE)
            .setDouble(4, MixedRow.SCORE)
            .setBoolean(5, MixedRow.ACTIVE)
            .setInstant(6, MixedRow.CREATED)
            .setList(7, MixedRow.TAGS, String.class)
            .build();
    QueryOptions options =
        new QueryOptions(
            ProtocolConstants.ConsistencyLevel.LOCAL_ONE,
            bound.getValues(),
            Collections.emptyMap(),
            false,
            bound.getPageSize(),
            bound.getPagingState(),
            ProtocolConstants.ConsistencyLevel.SERIAL,
            QueryOptions.NO_DEFAULT_TIMESTAMP,
            null,
            QueryOptions.NO_NOW_IN_SECONDS);
    Execute execute =
        new Execute(
            com.datastax.oss.protocol.internal.util.Bytes.getArray(
                bound.getPreparedStatement().getId()),
            com.datastax.oss.protocol.internal.util.Bytes.getArray(
                bound.getPreparedStatement().getResultMetadataId()),
            options);
    com.datastax.oss.driver.shaded.netty.buffer.ByteBuf out =
        referenceCodec.encode(
            Frame.forRequest(
                DefaultProtocolVersion.V5.getCode(), STREAM_ID, false, Frame.NO_PAYLOAD, execute));
    int length = out.readableBytes();
    out.release();
    return length;
  }
}
