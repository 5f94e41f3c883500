package io.sibyl.driver.internal.connection;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.BusyConnectionException;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.error.RequestEncodingException;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.message.Event;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches responses to requests by stream id. It assigns a free id to each {@link OutboundRequest}
 * written, hands each response frame to the request's callback and frees the id, and fails every
 * pending request when the connection breaks. Confined to the channel's event loop: no locks.
 *
 * <p>A request that timed out is "abandoned": its id stays reserved until the late response comes
 * (reusing it earlier would hand that response to another request). Too many abandoned ids mean the
 * node stopped answering, and the connection is closed.
 */
final class InFlightHandler extends ChannelDuplexHandler {
  private static final Logger LOG = LoggerFactory.getLogger(InFlightHandler.class);

  /** Marks the slot of an abandoned request. */
  private static final ResponseCallback ORPHAN =
      new ResponseCallback() {
        @Override
        public void onResponse(Frame response) {}

        @Override
        public void onFailure(Throwable error) {}
      };

  private final ProtocolVersion version;
  private final StreamIds ids;
  private final ResponseCallback[] slots;
  private final Consumer<Event> eventListener;
  private final int maxOrphans;
  private final String logPrefix;
  private volatile int inFlight;
  private int orphans;
  private Throwable closeCause;

  InFlightHandler(
      ProtocolVersion version,
      int maxStreams,
      int maxOrphans,
      Consumer<Event> eventListener,
      String logPrefix) {
    this.version = version;
    this.ids = new StreamIds(maxStreams);
    this.slots = new ResponseCallback[maxStreams];
    this.maxOrphans = maxOrphans;
    this.eventListener = eventListener;
    this.logPrefix = logPrefix;
  }

  /** Requests awaiting a response, abandoned ones included. Readable from any thread. */
  int inFlight() {
    return inFlight;
  }

  /** Abandoned requests still holding a stream id. Event loop only. */
  int orphans() {
    return orphans;
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (!(msg instanceof OutboundRequest request)) {
      ctx.write(msg, promise);
      return;
    }
    int id = ids.acquire();
    if (id < 0) {
      request.onFailure(
          new BusyConnectionException(
              logPrefix + " all " + ids.capacity() + " stream ids are in use"));
      return;
    }
    slots[id] = request;
    request.streamIdAssigned(id);
    inFlight = ids.inUse();
    // The request itself goes down the pipeline: FrameEncoderHandler writes its envelope with the
    // stream id it was just told, and no Frame is built.
    ctx.write(request, promise);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof Frame frame) {
      if (frame.streamId() < 0) {
        if (frame.message() instanceof Event event) {
          eventListener.accept(event);
        }
        return;
      }
      ResponseCallback callback = release(frame.streamId());
      if (callback != null) {
        callback.onResponse(frame);
      }
    } else if (msg instanceof DecodeFailure failure) {
      ResponseCallback callback = release(failure.streamId());
      if (callback != null) {
        callback.onFailure(
            new ProtocolException(logPrefix + " " + failure.cause().getMessage(), failure.cause()));
      }
    } else {
      ctx.fireChannelRead(msg);
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (!(event instanceof EncodeFailure failure)) {
      super.userEventTriggered(ctx, event);
      return;
    }
    // Only this request fails; the connection and the other requests on it are fine.
    int id = failure.streamId();
    if (id < 0
        || id >= slots.length
        || !(slots[id] instanceof OutboundRequest written)
        || written.message() != failure.message()) {
      return; // not a frame this handler wrote
    }
    ResponseCallback callback = release(id);
    if (callback != null) {
      callback.onFailure(
          new RequestEncodingException(
              logPrefix
                  + " request not sent, it cannot be encoded: "
                  + failure.cause().getMessage()
                  + ". The protocol allows at most 65535 statements in a batch, 65535 values and"
                  + " 65535 bytes in a [string] (e.g. a custom-payload key): split the request",
              failure.cause()));
    }
  }

  /** Frees the slot of {@code streamId} and returns its callback, or null for orphans/strays. */
  private ResponseCallback release(int streamId) {
    ResponseCallback callback = streamId < slots.length ? slots[streamId] : null;
    if (callback == null) {
      LOG.debug("{} response for unknown stream id {}, ignored", logPrefix, streamId);
      return null;
    }
    slots[streamId] = null;
    ids.release(streamId);
    inFlight = ids.inUse();
    if (callback == ORPHAN) {
      orphans--;
      return null;
    }
    return callback;
  }

  /** Abandons a request (it timed out). Event loop only. */
  void abandon(ChannelHandlerContext ctx, ResponseCallback callback) {
    int id = callback instanceof OutboundRequest request ? request.assignedStreamId() : -1;
    if (id < 0 || id >= slots.length || slots[id] != callback) {
      id = -1;
      for (int i = 0; i < slots.length && id < 0; i++) {
        if (slots[i] == callback) {
          id = i;
        }
      }
    }
    if (id < 0) {
      return; // already answered, or not written yet
    }
    slots[id] = ORPHAN;
    orphans++;
    if (orphans > maxOrphans) {
      LOG.debug("{} {} requests got no response, closing", logPrefix, orphans);
      closeCause =
          new ConnectionException(
              logPrefix
                  + " closed: "
                  + orphans
                  + " requests timed out without a response; the node may be overloaded"
                  + " or unreachable");
      ctx.close();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    Throwable cause =
        closeCause != null ? closeCause : new ConnectionException(logPrefix + " connection closed");
    failAll(cause);
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (closeCause == null) {
      closeCause =
          cause instanceof ProtocolException
              ? new ProtocolException(logPrefix + " " + cause.getMessage(), cause)
              : new ConnectionException(logPrefix + " connection failed: " + cause, cause);
    }
    LOG.debug("{} closing after error", logPrefix, cause);
    failAll(closeCause);
    ctx.close();
  }

  private void failAll(Throwable cause) {
    for (int id = 0; id < slots.length; id++) {
      ResponseCallback callback = slots[id];
      if (callback != null) {
        slots[id] = null;
        ids.release(id);
        if (callback != ORPHAN) {
          try {
            callback.onFailure(cause);
          } catch (RuntimeException e) {
            LOG.warn("{} callback failed while failing requests", logPrefix, e);
          }
        }
      }
    }
    orphans = 0;
    inFlight = ids.inUse();
  }
}
