package io.sibyl.driver.internal.connection;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleStateEvent;
import io.sibyl.driver.internal.protocol.message.Options;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an OPTIONS request on a connection that has read nothing for the heartbeat interval, and
 * closes the connection if that heartbeat fails or if the previous one is still unanswered: a dead
 * peer is found before a user request has to time out on it.
 */
final class HeartbeatHandler extends ChannelDuplexHandler {
  private static final Logger LOG = LoggerFactory.getLogger(HeartbeatHandler.class);

  private final String logPrefix;
  private boolean awaiting;

  HeartbeatHandler(String logPrefix) {
    this.logPrefix = logPrefix;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    // Reader idleness only: watching writes too would cost a promise and a listener per write,
    // and a peer that stopped answering is exactly a connection that reads nothing.
    if (!(event instanceof IdleStateEvent)) {
      super.userEventTriggered(ctx, event);
      return;
    }
    if (awaiting) {
      LOG.debug("{} heartbeat unanswered, closing", logPrefix);
      ctx.close();
      return;
    }
    awaiting = true;
    PendingResponse heartbeat = new PendingResponse(Options.INSTANCE);
    ctx.channel().writeAndFlush(heartbeat, ctx.channel().voidPromise());
    // Completed on this channel's event loop, like every response and connection failure.
    heartbeat.whenComplete(
        (response, error) -> {
          if (error == null) {
            awaiting = false;
          } else {
            LOG.debug("{} heartbeat failed, closing", logPrefix, error);
            ctx.close();
          }
        });
  }
}
