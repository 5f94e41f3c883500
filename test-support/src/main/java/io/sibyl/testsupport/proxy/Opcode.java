package io.sibyl.testsupport.proxy;

/** The native protocol's message opcodes (v4 and v5), as seen in envelope headers. */
public enum Opcode {
  /** 0x00. */
  ERROR(0x00),
  /** 0x01. */
  STARTUP(0x01),
  /** 0x02. */
  READY(0x02),
  /** 0x03. */
  AUTHENTICATE(0x03),
  /** 0x05. */
  OPTIONS(0x05),
  /** 0x06. */
  SUPPORTED(0x06),
  /** 0x07. */
  QUERY(0x07),
  /** 0x08. */
  RESULT(0x08),
  /** 0x09. */
  PREPARE(0x09),
  /** 0x0A. */
  EXECUTE(0x0A),
  /** 0x0B. */
  REGISTER(0x0B),
  /** 0x0C. */
  EVENT(0x0C),
  /** 0x0D. */
  BATCH(0x0D),
  /** 0x0E. */
  AUTH_CHALLENGE(0x0E),
  /** 0x0F. */
  AUTH_RESPONSE(0x0F),
  /** 0x10. */
  AUTH_SUCCESS(0x10),
  /** Any code that the protocol does not define. */
  UNKNOWN(-1);

  private static final Opcode[] BY_CODE = new Opcode[0x11];

  static {
    for (Opcode opcode : values()) {
      if (opcode.code >= 0) {
        BY_CODE[opcode.code] = opcode;
      }
    }
  }

  private final int code;

  Opcode(int code) {
    this.code = code;
  }

  /** The code on the wire; -1 for {@link #UNKNOWN}. */
  public int code() {
    return code;
  }

  /** The opcode of a code on the wire; {@link #UNKNOWN} if the protocol defines none. */
  public static Opcode of(int code) {
    Opcode opcode = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    return opcode == null ? UNKNOWN : opcode;
  }
}
