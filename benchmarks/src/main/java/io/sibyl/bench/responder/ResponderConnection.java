package io.sibyl.bench.responder;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.FrameCodec;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.SegmentCodec;
import io.sibyl.driver.internal.protocol.SegmentCodec.Segment;
import java.util.List;
import java.util.Map;

/**
 * One client connection of the responder: reads request envelopes (v4 as they come; v5 inside outer
 * frames once STARTUP is answered), answers each at once from the {@link ResponderCatalog}, and
 * flushes once per read, packing v5 answers into shared outer frames as a server does.
 */
final class ResponderConnection extends ByteToMessageDecoder {
  private static final int RESPONSE_BIT = 0x80;
  private static final int FLAG_COMPRESSED = 0x01;
  private static final int FLAG_CUSTOM_PAYLOAD = 0x04;
  private static final int QUERY_FLAG_SKIP_METADATA = 0x02;

  private final ResponderCatalog catalog;
  private ProtocolVersion version = ProtocolVersion.V4;
  private ResponderCatalog.Bodies bodies;
  private Compressor compressor;
  private boolean compressing;
  private SegmentCodec inboundFrames;
  private SegmentCodec outboundFrames;
  private ByteBuf pendingEnvelopes;
  private ByteBuf outgoingPayload;

  ResponderConnection(ResponderCatalog catalog) {
    this.catalog = catalog;
    this.bodies = catalog.bodies(version);
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    while (true) {
      if (inboundFrames != null) {
        Segment segment = inboundFrames.decode(in, ctx.alloc());
        if (segment == null) {
          return;
        }
        try {
          pendingEnvelopes.writeBytes(segment.payload());
        } finally {
          segment.payload().release();
        }
        answerCompleteEnvelopes(ctx);
      } else {
        if (in.readableBytes() < FrameCodec.HEADER_LENGTH) {
          return;
        }
        int length = FrameCodec.HEADER_LENGTH + in.getInt(in.readerIndex() + 5);
        if (in.readableBytes() < length) {
          return;
        }
        answer(ctx, in.readSlice(length));
      }
    }
  }

  private void answerCompleteEnvelopes(ChannelHandlerContext ctx) {
    ByteBuf pending = pendingEnvelopes;
    while (pending.readableBytes() >= FrameCodec.HEADER_LENGTH) {
      int length = FrameCodec.HEADER_LENGTH + pending.getInt(pending.readerIndex() + 5);
      if (pending.readableBytes() < length) {
        break;
      }
      answer(ctx, pending.readSlice(length));
    }
    pending.discardSomeReadBytes();
  }

  private void answer(ChannelHandlerContext ctx, ByteBuf envelope) {
    int start = envelope.readerIndex();
    int versionCode = envelope.getUnsignedByte(start);
    int flags = envelope.getUnsignedByte(start + 1);
    int streamId = envelope.getShort(start + 2);
    int opcode = envelope.getUnsignedByte(start + 4);
    if (versionCode != 4 && versionCode != 5) {
      writeUnframed(
          ctx,
          ProtocolVersion.V4,
          streamId,
          Opcode.ERROR,
          ResultBodies.error(
              ResponderCatalog.PROTOCOL_ERROR,
              "Invalid or unsupported protocol version ("
                  + versionCode
                  + "); supported versions are (4/v4, 5/v5)"));
      return;
    }
    ByteBuf body = envelope.slice(start + FrameCodec.HEADER_LENGTH, envelope.readableBytes() - 9);
    ByteBuf decompressed = null;
    try {
      if ((flags & FLAG_COMPRESSED) != 0 && versionCode == 4) {
        int uncompressedLength = body.readInt();
        decompressed = ctx.alloc().buffer(uncompressedLength);
        compressor.decompress(body, body.readableBytes(), decompressed, uncompressedLength);
        body = decompressed;
      }
      if ((flags & FLAG_CUSTOM_PAYLOAD) != 0) {
        Primitives.readBytesMap(body);
      }
      ProtocolVersion envelopeVersion = versionCode == 5 ? ProtocolVersion.V5 : ProtocolVersion.V4;
      answer(ctx, envelopeVersion, streamId, opcode, body);
    } finally {
      if (decompressed != null) {
        decompressed.release();
      }
    }
  }

  private void answer(
      ChannelHandlerContext ctx,
      ProtocolVersion envelopeVersion,
      int streamId,
      int opcode,
      ByteBuf body) {
    switch (opcode) {
      case Opcode.OPTIONS ->
          write(
              ctx,
              envelopeVersion,
              streamId,
              Opcode.SUPPORTED,
              catalog.bodies(envelopeVersion).supported);
      case Opcode.STARTUP -> startup(ctx, envelopeVersion, streamId, body);
      case Opcode.REGISTER -> write(ctx, version, streamId, Opcode.READY, bodies.ready);
      case Opcode.QUERY ->
          write(
              ctx,
              version,
              streamId,
              Opcode.RESULT,
              catalog.queryResult(version, Primitives.readLongString(body)));
      case Opcode.PREPARE -> prepare(ctx, streamId, Primitives.readLongString(body));
      case Opcode.EXECUTE -> execute(ctx, streamId, body);
      case Opcode.BATCH -> write(ctx, version, streamId, Opcode.RESULT, bodies.voidResult);
      default ->
          write(
              ctx,
              version,
              streamId,
              Opcode.ERROR,
              ResultBodies.error(
                  ResponderCatalog.PROTOCOL_ERROR,
                  "The responder does not answer " + Opcode.name(opcode)));
    }
  }

  private void startup(
      ChannelHandlerContext ctx, ProtocolVersion envelopeVersion, int streamId, ByteBuf body) {
    Map<String, String> options = Primitives.readStringMap(body);
    version = envelopeVersion;
    bodies = catalog.bodies(version);
    compressor = Compressor.forAlgorithm(options.get("COMPRESSION"));
    writeUnframed(ctx, version, streamId, Opcode.READY, bodies.ready);
    ctx.flush();
    if (version == ProtocolVersion.V5) {
      inboundFrames = new SegmentCodec(compressor);
      outboundFrames = new SegmentCodec(compressor);
      pendingEnvelopes = ctx.alloc().buffer();
      outgoingPayload = ctx.alloc().buffer();
    } else {
      compressing = compressor != null;
    }
  }

  private void prepare(ChannelHandlerContext ctx, int streamId, String query) {
    ResponderCatalog.Prepared prepared = bodies.byQuery.get(query);
    if (prepared == null) {
      write(
          ctx,
          version,
          streamId,
          Opcode.ERROR,
          ResultBodies.error(
              ResponderCatalog.INVALID, "The responder has no canned answer for: " + query));
      return;
    }
    write(ctx, version, streamId, Opcode.RESULT, prepared.preparedResult);
  }

  private void execute(ChannelHandlerContext ctx, int streamId, ByteBuf body) {
    int idLength = body.readUnsignedShort();
    long idPrefix = idLength >= 8 ? body.getLong(body.readerIndex()) : 0;
    body.skipBytes(idLength);
    if (version == ProtocolVersion.V5) {
      body.skipBytes(body.readUnsignedShort()); // result metadata id
    }
    body.skipBytes(2); // consistency
    int flags = version == ProtocolVersion.V5 ? body.readInt() : body.readUnsignedByte();
    ResponderCatalog.Prepared prepared = bodies.byIdPrefix(idPrefix);
    if (prepared == null) {
      write(
          ctx,
          version,
          streamId,
          Opcode.ERROR,
          ResultBodies.error(ResponderCatalog.INVALID, "The responder prepared no such statement"));
      return;
    }
    boolean skipMetadata = (flags & QUERY_FLAG_SKIP_METADATA) != 0;
    write(ctx, version, streamId, Opcode.RESULT, prepared.executeResult(skipMetadata));
  }

  // ---- writing ------------------------------------------------------------------------------

  private void write(
      ChannelHandlerContext ctx,
      ProtocolVersion envelopeVersion,
      int streamId,
      int opcode,
      byte[] body) {
    if (outboundFrames == null) {
      writeUnframed(ctx, envelopeVersion, streamId, opcode, body);
      return;
    }
    int length = FrameCodec.HEADER_LENGTH + body.length;
    if (length > SegmentCodec.MAX_PAYLOAD_LENGTH) {
      throw new IllegalStateException("The responder's answers fit in one v5 frame, not " + length);
    }
    if (outgoingPayload.readableBytes() + length > SegmentCodec.MAX_PAYLOAD_LENGTH) {
      flushFrame(ctx);
    }
    writeHeader(outgoingPayload, envelopeVersion, 0, streamId, opcode, body.length);
    outgoingPayload.writeBytes(body);
  }

  private void writeUnframed(
      ChannelHandlerContext ctx,
      ProtocolVersion envelopeVersion,
      int streamId,
      int opcode,
      byte[] body) {
    ByteBuf out;
    if (compressing) {
      ByteBuf source = Unpooled.wrappedBuffer(body);
      out = ctx.alloc().ioBuffer(13 + compressor.maxCompressedLength(body.length));
      writeHeader(out, envelopeVersion, FLAG_COMPRESSED, streamId, opcode, 0);
      out.writeInt(body.length);
      compressor.compress(source, out);
      out.setInt(5, out.writerIndex() - FrameCodec.HEADER_LENGTH);
    } else {
      out = ctx.alloc().ioBuffer(FrameCodec.HEADER_LENGTH + body.length);
      writeHeader(out, envelopeVersion, 0, streamId, opcode, body.length);
      out.writeBytes(body);
    }
    ctx.write(out, ctx.voidPromise());
  }

  private static void writeHeader(
      ByteBuf out,
      ProtocolVersion envelopeVersion,
      int flags,
      int streamId,
      int opcode,
      int bodyLength) {
    out.writeByte(RESPONSE_BIT | envelopeVersion.code());
    out.writeByte(flags);
    out.writeShort(streamId);
    out.writeByte(opcode);
    out.writeInt(bodyLength);
  }

  private void flushFrame(ChannelHandlerContext ctx) {
    ByteBuf out =
        ctx.alloc().ioBuffer(outboundFrames.maxEncodedLength(outgoingPayload.readableBytes()));
    outboundFrames.encode(outgoingPayload, true, out);
    outgoingPayload.clear();
    ctx.write(out, ctx.voidPromise());
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
    if (outgoingPayload != null && outgoingPayload.isReadable()) {
      flushFrame(ctx);
    }
    ctx.flush();
    super.channelReadComplete(ctx);
  }

  @Override
  protected void handlerRemoved0(ChannelHandlerContext ctx) {
    if (pendingEnvelopes != null) {
      pendingEnvelopes.release();
      outgoingPayload.release();
      pendingEnvelopes = null;
      outgoingPayload = null;
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
