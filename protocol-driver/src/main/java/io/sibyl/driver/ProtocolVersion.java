package io.sibyl.driver;

/**
 * A version of the CQL native protocol that Sibyl speaks.
 *
 * <p>By default a session negotiates the highest version that the first node it reaches supports,
 * trying {@link #V5} first and falling back to {@link #V4}.
 */
public enum ProtocolVersion {
  /**
   * Protocol v4 (Cassandra 2.2 and later): 9-byte frame headers, optional per-frame compression.
   */
  V4(4),
  /** Protocol v5 (Cassandra 4.0 and later): envelopes wrapped in CRC-checked outer frames. */
  V5(5);

  private final int code;

  ProtocolVersion(int code) {
    this.code = code;
  }

  /** The version number sent in the low 7 bits of each frame header's first byte. */
  public int code() {
    return code;
  }

  /** Whether envelopes travel inside v5 outer frames once the handshake is over. */
  public boolean usesOuterFraming() {
    return this == V5;
  }

  /**
   * Returns the version with the given code.
   *
   * @throws IllegalArgumentException if Sibyl does not speak that version
   */
  public static ProtocolVersion fromCode(int code) {
    for (ProtocolVersion version : values()) {
      if (version.code == code) {
        return version;
      }
    }
    throw new IllegalArgumentException("Unsupported native protocol version: " + code);
  }
}
