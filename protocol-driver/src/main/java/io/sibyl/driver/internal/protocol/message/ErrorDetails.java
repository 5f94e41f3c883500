package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBufUtil;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * The code-specific part of an ERROR body (spec section 8): one record per layout, {@link None} for
 * codes that carry nothing more than a message.
 */
public sealed interface ErrorDetails
    permits ErrorDetails.None,
        ErrorDetails.Unavailable,
        ErrorDetails.WriteTimeout,
        ErrorDetails.ReadTimeout,
        ErrorDetails.ReadFailure,
        ErrorDetails.FunctionFailure,
        ErrorDetails.WriteFailure,
        ErrorDetails.AlreadyExists,
        ErrorDetails.Unprepared,
        ErrorDetails.CasWriteUnknown {

  /** No details. */
  None NONE = None.NONE;

  /** No details beyond the message. */
  record None() implements ErrorDetails {
    /** The only instance worth using. */
    public static final None NONE = new None();
  }

  /**
   * UNAVAILABLE: {@code <cl><required><alive>}.
   *
   * @param consistency the [consistency] code of the request
   * @param required replicas needed to reach it
   * @param alive replicas known alive
   */
  record Unavailable(int consistency, int required, int alive) implements ErrorDetails {}

  /**
   * WRITE_TIMEOUT: {@code <cl><received><blockfor><writeType>[<contentions>]}.
   *
   * @param consistency the [consistency] code of the request
   * @param received acknowledgements received
   * @param blockFor acknowledgements required
   * @param writeType SIMPLE, BATCH, UNLOGGED_BATCH, COUNTER, BATCH_LOG, CAS, VIEW or CDC
   * @param contentions CAS contentions (v5, writeType CAS), else -1
   */
  record WriteTimeout(
      int consistency, int received, int blockFor, String writeType, int contentions)
      implements ErrorDetails {}

  /**
   * READ_TIMEOUT: {@code <cl><received><blockfor><data_present>}.
   *
   * @param consistency the [consistency] code of the request
   * @param received responses received
   * @param blockFor responses required
   * @param dataPresent whether the replica asked for data answered
   */
  record ReadTimeout(int consistency, int received, int blockFor, boolean dataPresent)
      implements ErrorDetails {}

  /**
   * READ_FAILURE: {@code <cl><received><blockfor><numfailures|reasonmap><data_present>}.
   *
   * @param consistency the [consistency] code of the request
   * @param received responses received
   * @param blockFor responses required
   * @param numFailures replicas that failed (v5: the size of the reason map)
   * @param reasonMap failure code per replica (v5; empty in v4)
   * @param dataPresent whether the replica asked for data answered
   */
  record ReadFailure(
      int consistency,
      int received,
      int blockFor,
      int numFailures,
      Map<InetAddress, Integer> reasonMap,
      boolean dataPresent)
      implements ErrorDetails {}

  /**
   * FUNCTION_FAILURE: {@code <keyspace><function><arg_types>}.
   *
   * @param keyspace the function's keyspace
   * @param function the function's name
   * @param argTypes the CQL types of its arguments
   */
  record FunctionFailure(String keyspace, String function, List<String> argTypes)
      implements ErrorDetails {}

  /**
   * WRITE_FAILURE: {@code <cl><received><blockfor><numfailures|reasonmap><write_type>}.
   *
   * @param consistency the [consistency] code of the request
   * @param received acknowledgements received
   * @param blockFor acknowledgements required
   * @param numFailures replicas that failed (v5: the size of the reason map)
   * @param reasonMap failure code per replica (v5; empty in v4)
   * @param writeType the kind of write, as in {@link WriteTimeout}
   */
  record WriteFailure(
      int consistency,
      int received,
      int blockFor,
      int numFailures,
      Map<InetAddress, Integer> reasonMap,
      String writeType)
      implements ErrorDetails {}

  /**
   * ALREADY_EXISTS: {@code <ks><table>}.
   *
   * @param keyspace the keyspace that exists, or that holds the table that exists
   * @param table the table that exists, empty when the keyspace exists
   */
  record AlreadyExists(String keyspace, String table) implements ErrorDetails {}

  /**
   * UNPREPARED: the unknown prepared id.
   *
   * @param id the id the server does not know
   */
  record Unprepared(byte[] id) implements ErrorDetails {
    @Override
    public String toString() {
      return "Unprepared[id=0x" + ByteBufUtil.hexDump(id) + "]";
    }
  }

  /**
   * CAS_WRITE_UNKNOWN: {@code <cl><received><blockfor>}.
   *
   * @param consistency the [consistency] code of the request
   * @param received acknowledgements received
   * @param blockFor acknowledgements required
   */
  record CasWriteUnknown(int consistency, int received, int blockFor) implements ErrorDetails {}
}
