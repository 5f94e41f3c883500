package io.sibyl.driver.internal.protocol;

/** The opcodes of the native protocol (spec section 2.4 of v4, 2.4.1.4 of v5). */
public final class Opcode {
  private Opcode() {}

  /** ERROR response. */
  public static final int ERROR = 0x00;

  /** STARTUP request. */
  public static final int STARTUP = 0x01;

  /** READY response. */
  public static final int READY = 0x02;

  /** AUTHENTICATE response. */
  public static final int AUTHENTICATE = 0x03;

  /** OPTIONS request. */
  public static final int OPTIONS = 0x05;

  /** SUPPORTED response. */
  public static final int SUPPORTED = 0x06;

  /** QUERY request. */
  public static final int QUERY = 0x07;

  /** RESULT response. */
  public static final int RESULT = 0x08;

  /** PREPARE request. */
  public static final int PREPARE = 0x09;

  /** EXECUTE request. */
  public static final int EXECUTE = 0x0A;

  /** REGISTER request. */
  public static final int REGISTER = 0x0B;

  /** EVENT response (server push). */
  public static final int EVENT = 0x0C;

  /** BATCH request. */
  public static final int BATCH = 0x0D;

  /** AUTH_CHALLENGE response. */
  public static final int AUTH_CHALLENGE = 0x0E;

  /** AUTH_RESPONSE request. */
  public static final int AUTH_RESPONSE = 0x0F;

  /** AUTH_SUCCESS response. */
  public static final int AUTH_SUCCESS = 0x10;

  private static final String[] NAMES = {
    "ERROR",
    "STARTUP",
    "READY",
    "AUTHENTICATE",
    null,
    "OPTIONS",
    "SUPPORTED",
    "QUERY",
    "RESULT",
    "PREPARE",
    "EXECUTE",
    "REGISTER",
    "EVENT",
    "BATCH",
    "AUTH_CHALLENGE",
    "AUTH_RESPONSE",
    "AUTH_SUCCESS"
  };

  /** The spec's name of an opcode, or {@code UNKNOWN(0x..)} for a code the spec does not define. */
  public static String name(int opcode) {
    String name = opcode >= 0 && opcode < NAMES.length ? NAMES[opcode] : null;
    return name != null ? name : "UNKNOWN(0x" + Integer.toHexString(opcode) + ")";
  }
}
