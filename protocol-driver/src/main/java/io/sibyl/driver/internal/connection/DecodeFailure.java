package io.sibyl.driver.internal.connection;

import io.sibyl.driver.error.ProtocolException;

/**
 * Emitted by {@link FrameDecoderHandler} in place of a frame whose header was sound but whose body
 * could not be decoded: only the request on {@code streamId} fails; the connection carries on.
 *
 * @param streamId the stream id from the envelope header
 * @param cause what was wrong with the body
 */
public record DecodeFailure(int streamId, ProtocolException cause) {}
