package io.sibyl.driver.error;

/**
 * A frame (or envelope) announced a length above the negotiated or configured maximum. Raise the
 * session's maximum frame length or fetch smaller pages / write smaller batches.
 */
public class FrameTooLongException extends ProtocolException {
  private static final long serialVersionUID = 1L;

  private final long length;
  private final long maxLength;

  /**
   * Creates an exception for a frame of {@code length} bytes over a maximum of {@code maxLength}.
   */
  public FrameTooLongException(String message, long length, long maxLength) {
    super(message);
    this.length = length;
    this.maxLength = maxLength;
  }

  /** The announced length, in bytes. */
  public long length() {
    return length;
  }

  /** The maximum that was in force, in bytes. */
  public long maxLength() {
    return maxLength;
  }
}
