package io.sibyl.driver.internal.connection;

/**
 * A user event sent inbound by {@link FrameEncoderHandler} when the request on {@code streamId}
 * could not be encoded: {@link InFlightHandler} fails that request alone and frees its id.
 */
record EncodeFailure(int streamId, RuntimeException cause) {}
