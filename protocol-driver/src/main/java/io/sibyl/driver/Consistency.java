package io.sibyl.driver;

/** A consistency level: how many replicas must answer a request for it to succeed. */
public enum Consistency {
  /** A write is stored by any node, possibly as a hint only. Writes only. */
  ANY(0x0000),
  /** One replica. */
  ONE(0x0001),
  /** Two replicas. */
  TWO(0x0002),
  /** Three replicas. */
  THREE(0x0003),
  /** A majority of all replicas. */
  QUORUM(0x0004),
  /** Every replica. */
  ALL(0x0005),
  /** A majority of the replicas in the coordinator's data center. */
  LOCAL_QUORUM(0x0006),
  /** A majority of the replicas in each data center. Writes only. */
  EACH_QUORUM(0x0007),
  /** The serial level of lightweight transactions across data centers. */
  SERIAL(0x0008),
  /** The serial level of lightweight transactions within the local data center. */
  LOCAL_SERIAL(0x0009),
  /** One replica in the coordinator's data center. */
  LOCAL_ONE(0x000A);

  private static final Consistency[] BY_CODE = new Consistency[0x0B];

  static {
    for (Consistency level : values()) {
      BY_CODE[level.code] = level;
    }
  }

  private final int code;

  Consistency(int code) {
    this.code = code;
  }

  /** The level's code in the native protocol. */
  public int code() {
    return code;
  }

  /** Whether this is a serial level, usable as a statement's serial consistency. */
  public boolean isSerial() {
    return this == SERIAL || this == LOCAL_SERIAL;
  }

  /**
   * Returns the level with the given protocol code.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static Consistency fromCode(int code) {
    if (code < 0 || code >= BY_CODE.length) {
      throw new IllegalArgumentException("Unknown consistency level code: " + code);
    }
    return BY_CODE[code];
  }
}
