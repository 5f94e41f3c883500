package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Response;
import java.net.InetAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ERROR (spec sections 4.2.1 and 8). Body: {@code <code><message>}, then details that depend on the
 * code. Note that this type shadows {@code java.lang.Error}: import it explicitly.
 *
 * @param code the error code (the constants of this class)
 * @param message the server's message
 * @param details the code-specific details, {@link ErrorDetails#NONE} if the code has none
 */
public record Error(int code, String message, ErrorDetails details) implements Response {
  /** Something unexpected happened on the server. */
  public static final int SERVER_ERROR = 0x0000;

  /** The client broke the protocol (also: protocol version not supported). */
  public static final int PROTOCOL_ERROR = 0x000A;

  /** Authentication failed. */
  public static final int BAD_CREDENTIALS = 0x0100;

  /** Not enough replicas alive. */
  public static final int UNAVAILABLE = 0x1000;

  /** The coordinator is overloaded. */
  public static final int OVERLOADED = 0x1001;

  /** The coordinator is bootstrapping. */
  public static final int IS_BOOTSTRAPPING = 0x1002;

  /** A truncation failed. */
  public static final int TRUNCATE_ERROR = 0x1003;

  /** A write timed out. */
  public static final int WRITE_TIMEOUT = 0x1100;

  /** A read timed out. */
  public static final int READ_TIMEOUT = 0x1200;

  /** A read failed on replicas. */
  public static final int READ_FAILURE = 0x1300;

  /** A user-defined function failed. */
  public static final int FUNCTION_FAILURE = 0x1400;

  /** A write failed on replicas. */
  public static final int WRITE_FAILURE = 0x1500;

  /** A write to CDC-tracked data failed (CDC space exhausted). */
  public static final int CDC_WRITE_FAILURE = 0x1600;

  /** A contended CAS may or may not have been applied. */
  public static final int CAS_WRITE_UNKNOWN = 0x1700;

  /** The query has a syntax error. */
  public static final int SYNTAX_ERROR = 0x2000;

  /** The user lacks a permission. */
  public static final int UNAUTHORIZED = 0x2100;

  /** The query is invalid. */
  public static final int INVALID = 0x2200;

  /** The query conflicts with the configuration. */
  public static final int CONFIG_ERROR = 0x2300;

  /** The keyspace or table already exists. */
  public static final int ALREADY_EXISTS = 0x2400;

  /** The prepared id is unknown to this node. */
  public static final int UNPREPARED = 0x2500;

  /** Uses {@link ErrorDetails#NONE} when details are null. */
  public Error {
    details = details == null ? ErrorDetails.NONE : details;
  }

  /** Decodes the body. */
  public static Error decode(ByteBuf body, ProtocolVersion version) {
    int code = body.readInt();
    String message = Primitives.readString(body);
    return new Error(code, message, decodeDetails(code, body, version));
  }

  private static ErrorDetails decodeDetails(int code, ByteBuf body, ProtocolVersion version) {
    boolean v5 = version == ProtocolVersion.V5;
    switch (code) {
      case UNAVAILABLE:
        return new ErrorDetails.Unavailable(
            Primitives.readConsistency(body), body.readInt(), body.readInt());
      case WRITE_TIMEOUT:
        {
          int consistency = Primitives.readConsistency(body);
          int received = body.readInt();
          int blockFor = body.readInt();
          String writeType = Primitives.readString(body);
          int contentions =
              v5 && "CAS".equals(writeType) && body.readableBytes() >= 2
                  ? body.readUnsignedShort()
                  : -1;
          return new ErrorDetails.WriteTimeout(
              consistency, received, blockFor, writeType, contentions);
        }
      case READ_TIMEOUT:
        return new ErrorDetails.ReadTimeout(
            Primitives.readConsistency(body), body.readInt(), body.readInt(), body.readByte() != 0);
      case READ_FAILURE:
        {
          int consistency = Primitives.readConsistency(body);
          int received = body.readInt();
          int blockFor = body.readInt();
          Map<InetAddress, Integer> reasons = v5 ? readReasonMap(body) : Map.of();
          int numFailures = v5 ? reasons.size() : body.readInt();
          boolean dataPresent = body.readByte() != 0;
          return new ErrorDetails.ReadFailure(
              consistency, received, blockFor, numFailures, reasons, dataPresent);
        }
      case FUNCTION_FAILURE:
        return new ErrorDetails.FunctionFailure(
            Primitives.readString(body),
            Primitives.readString(body),
            Primitives.readStringList(body));
      case WRITE_FAILURE:
        {
          int consistency = Primitives.readConsistency(body);
          int received = body.readInt();
          int blockFor = body.readInt();
          Map<InetAddress, Integer> reasons = v5 ? readReasonMap(body) : Map.of();
          int numFailures = v5 ? reasons.size() : body.readInt();
          String writeType = Primitives.readString(body);
          return new ErrorDetails.WriteFailure(
              consistency, received, blockFor, numFailures, reasons, writeType);
        }
      case ALREADY_EXISTS:
        return new ErrorDetails.AlreadyExists(
            Primitives.readString(body), Primitives.readString(body));
      case UNPREPARED:
        return new ErrorDetails.Unprepared(Primitives.readShortBytes(body));
      case CAS_WRITE_UNKNOWN:
        return new ErrorDetails.CasWriteUnknown(
            Primitives.readConsistency(body), body.readInt(), body.readInt());
      default:
        return ErrorDetails.NONE;
    }
  }

  /** Reads a reason map: an [int] n, then n pairs of [inetaddr] and [short] failure code. */
  private static Map<InetAddress, Integer> readReasonMap(ByteBuf body) {
    int count = body.readInt();
    if (count < 0 || count > body.readableBytes() / 7) {
      throw new IllegalArgumentException("invalid failure reason map size " + count);
    }
    Map<InetAddress, Integer> reasons = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      InetAddress address = Primitives.readInetAddr(body);
      reasons.put(address, body.readUnsignedShort());
    }
    return Collections.unmodifiableMap(reasons);
  }

  @Override
  public int opcode() {
    return Opcode.ERROR;
  }

  /** The spec's name of an error code, for messages. */
  public static String codeName(int code) {
    return switch (code) {
      case SERVER_ERROR -> "SERVER_ERROR";
      case PROTOCOL_ERROR -> "PROTOCOL_ERROR";
      case BAD_CREDENTIALS -> "BAD_CREDENTIALS";
      case UNAVAILABLE -> "UNAVAILABLE";
      case OVERLOADED -> "OVERLOADED";
      case IS_BOOTSTRAPPING -> "IS_BOOTSTRAPPING";
      case TRUNCATE_ERROR -> "TRUNCATE_ERROR";
      case WRITE_TIMEOUT -> "WRITE_TIMEOUT";
      case READ_TIMEOUT -> "READ_TIMEOUT";
      case READ_FAILURE -> "READ_FAILURE";
      case FUNCTION_FAILURE -> "FUNCTION_FAILURE";
      case WRITE_FAILURE -> "WRITE_FAILURE";
      case CDC_WRITE_FAILURE -> "CDC_WRITE_FAILURE";
      case CAS_WRITE_UNKNOWN -> "CAS_WRITE_UNKNOWN";
      case SYNTAX_ERROR -> "SYNTAX_ERROR";
      case UNAUTHORIZED -> "UNAUTHORIZED";
      case INVALID -> "INVALID";
      case CONFIG_ERROR -> "CONFIG_ERROR";
      case ALREADY_EXISTS -> "ALREADY_EXISTS";
      case UNPREPARED -> "UNPREPARED";
      default -> String.format("UNKNOWN(0x%04x)", code);
    };
  }

  @Override
  public String toString() {
    String text = "ERROR " + codeName(code) + ": " + message;
    return details instanceof ErrorDetails.None ? text : text + " " + details;
  }
}
