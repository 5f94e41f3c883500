package io.sibyl.driver.internal.util;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.DriverException;
import io.sibyl.driver.error.AlreadyExistsException;
import io.sibyl.driver.error.AuthenticationException;
import io.sibyl.driver.error.BootstrappingException;
import io.sibyl.driver.error.CasWriteUnknownException;
import io.sibyl.driver.error.CdcWriteException;
import io.sibyl.driver.error.FunctionFailureException;
import io.sibyl.driver.error.InvalidConfigurationInQueryException;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.driver.error.OverloadedException;
import io.sibyl.driver.error.ReadFailureException;
import io.sibyl.driver.error.ReadTimeoutException;
import io.sibyl.driver.error.ServerErrorException;
import io.sibyl.driver.error.ServerProtocolErrorException;
import io.sibyl.driver.error.SyntaxErrorException;
import io.sibyl.driver.error.TruncateException;
import io.sibyl.driver.error.UnauthorizedException;
import io.sibyl.driver.error.UnavailableException;
import io.sibyl.driver.error.WriteFailureException;
import io.sibyl.driver.error.WriteTimeoutException;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.ErrorDetails;
import java.net.InetSocketAddress;

/**
 * Turns an ERROR response into the typed exception for its code. The message names the node and the
 * statement's text (shortened), never its bound values, and says what the server said.
 */
public final class ErrorMapper {
  private static final int MAX_STATEMENT_CHARS = 300;

  private ErrorMapper() {}

  /**
   * Returns the exception for {@code error}.
   *
   * @param node the node that sent the error
   * @param statement the CQL text of the request, or null when there is none (handshake)
   */
  public static DriverException toException(Error error, InetSocketAddress node, String statement) {
    String message = describe(error, node, statement);
    ErrorDetails details = error.details();
    return switch (error.code()) {
      case Error.SYNTAX_ERROR -> new SyntaxErrorException(node, message);
      case Error.INVALID -> new InvalidQueryException(node, message);
      case Error.CONFIG_ERROR -> new InvalidConfigurationInQueryException(node, message);
      case Error.UNAUTHORIZED -> new UnauthorizedException(node, message);
      case Error.ALREADY_EXISTS -> {
        ErrorDetails.AlreadyExists exists = (ErrorDetails.AlreadyExists) details;
        yield new AlreadyExistsException(node, message, exists.keyspace(), exists.table());
      }
      case Error.BAD_CREDENTIALS -> new AuthenticationException(node, message);
      case Error.UNAVAILABLE -> {
        ErrorDetails.Unavailable u = (ErrorDetails.Unavailable) details;
        yield new UnavailableException(
            node, message, Consistency.fromCode(u.consistency()), u.required(), u.alive());
      }
      case Error.OVERLOADED -> new OverloadedException(node, message);
      case Error.IS_BOOTSTRAPPING -> new BootstrappingException(node, message);
      case Error.TRUNCATE_ERROR -> new TruncateException(node, message);
      case Error.READ_TIMEOUT -> {
        ErrorDetails.ReadTimeout t = (ErrorDetails.ReadTimeout) details;
        yield new ReadTimeoutException(
            node,
            message,
            Consistency.fromCode(t.consistency()),
            t.received(),
            t.blockFor(),
            t.dataPresent());
      }
      case Error.WRITE_TIMEOUT -> {
        ErrorDetails.WriteTimeout t = (ErrorDetails.WriteTimeout) details;
        yield new WriteTimeoutException(
            node,
            message,
            Consistency.fromCode(t.consistency()),
            t.received(),
            t.blockFor(),
            t.writeType());
      }
      case Error.READ_FAILURE -> {
        ErrorDetails.ReadFailure f = (ErrorDetails.ReadFailure) details;
        yield new ReadFailureException(
            node,
            message,
            Consistency.fromCode(f.consistency()),
            f.received(),
            f.blockFor(),
            f.numFailures(),
            f.reasonMap(),
            f.dataPresent());
      }
      case Error.WRITE_FAILURE -> {
        ErrorDetails.WriteFailure f = (ErrorDetails.WriteFailure) details;
        yield new WriteFailureException(
            node,
            message,
            Consistency.fromCode(f.consistency()),
            f.received(),
            f.blockFor(),
            f.numFailures(),
            f.reasonMap(),
            f.writeType());
      }
      case Error.FUNCTION_FAILURE -> {
        ErrorDetails.FunctionFailure f = (ErrorDetails.FunctionFailure) details;
        yield new FunctionFailureException(node, message, f.keyspace(), f.function(), f.argTypes());
      }
      case Error.CDC_WRITE_FAILURE -> new CdcWriteException(node, message);
      case Error.CAS_WRITE_UNKNOWN -> {
        ErrorDetails.CasWriteUnknown c = (ErrorDetails.CasWriteUnknown) details;
        yield new CasWriteUnknownException(
            node, message, Consistency.fromCode(c.consistency()), c.received(), c.blockFor());
      }
      case Error.PROTOCOL_ERROR -> new ServerProtocolErrorException(node, message);
      default -> new ServerErrorException(node, message);
    };
  }

  private static String describe(Error error, InetSocketAddress node, String statement) {
    StringBuilder text =
        new StringBuilder("[")
            .append(node)
            .append("] ")
            .append(label(error.code()))
            .append(": ")
            .append(error.message());
    if (statement != null) {
      text.append(" (statement: ").append(shorten(statement)).append(')');
    }
    return text.toString();
  }

  /** The statement text, cut to a readable length for messages and logs. */
  public static String shorten(String statement) {
    return statement.length() <= MAX_STATEMENT_CHARS
        ? statement
        : statement.substring(0, MAX_STATEMENT_CHARS) + "...";
  }

  private static String label(int code) {
    return switch (code) {
      case Error.SYNTAX_ERROR -> "Syntax error";
      case Error.INVALID -> "Invalid query";
      case Error.CONFIG_ERROR -> "Invalid configuration";
      case Error.UNAUTHORIZED -> "Unauthorized";
      case Error.ALREADY_EXISTS -> "Already exists";
      case Error.BAD_CREDENTIALS -> "Authentication failed";
      case Error.UNAVAILABLE -> "Not enough replicas available";
      case Error.OVERLOADED -> "Node overloaded";
      case Error.IS_BOOTSTRAPPING -> "Node is bootstrapping";
      case Error.TRUNCATE_ERROR -> "Truncate failed";
      case Error.READ_TIMEOUT -> "Read timed out on the server";
      case Error.WRITE_TIMEOUT -> "Write timed out on the server";
      case Error.READ_FAILURE -> "Read failed on replicas";
      case Error.WRITE_FAILURE -> "Write failed on replicas";
      case Error.FUNCTION_FAILURE -> "Function failed";
      case Error.CDC_WRITE_FAILURE -> "CDC space full";
      case Error.CAS_WRITE_UNKNOWN -> "Lightweight transaction outcome unknown";
      case Error.PROTOCOL_ERROR -> "Protocol error reported by the server";
      case Error.UNPREPARED -> "Statement not prepared on this node";
      default -> "Server error";
    };
  }
}
