package io.sibyl.driver.internal.connection;

import io.sibyl.driver.internal.protocol.Message;

/**
 * A user event sent inbound by {@link FrameEncoderHandler} when the request {@code message} on
 * {@code streamId} could not be encoded: {@link InFlightHandler} fails that request alone and frees
 * its id.
 */
record EncodeFailure(int streamId, Message message, RuntimeException cause) {}
