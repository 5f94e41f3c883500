package io.sibyl.driver;

import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.ColumnSpec;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import io.sibyl.driver.internal.request.RequestMessages;
import io.sibyl.driver.internal.request.ResultConverter;
import io.sibyl.driver.internal.session.SessionConfig;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;

/**
 * The benchmarks' way into the driver's package-private constructors, so that a microbenchmark can
 * build a {@link Row} over a decoded page or turn a {@link BoundStatement} into its EXECUTE message
 * without a session. It lives in the benchmarks jar, in the driver's package (a split package,
 * which only works on the class path): nothing in the driver depends on it.
 */
public final class BenchmarkAccess {
  private static final RequestMessages MESSAGES = new RequestMessages(InternalAccess.INSTANCE);

  private BenchmarkAccess() {}

  /** Column definitions as a session builds them from a result's column specs. */
  public static ColumnDefinitions definitions(List<ColumnSpec> specs) {
    return ResultConverter.definitions(specs);
  }

  /** Row {@code index} of a decoded page, as {@link AsyncResultSet#one()} returns it. */
  public static Row row(ColumnDefinitions columns, RowsResult page, int index) {
    return new Row(columns, page, index, CodecRegistry.DEFAULT);
  }

  /**
   * A prepared statement as a session makes it from a PREPARED result.
   *
   * @param resultMetadataId the v5 result metadata id, or null
   */
  public static PreparedStatement prepared(
      String query,
      byte[] id,
      List<ColumnSpec> variables,
      int[] partitionKeyIndices,
      List<ColumnSpec> resultColumns,
      byte[] resultMetadataId) {
    return new PreparedStatement(
        query,
        null,
        id,
        definitions(variables),
        partitionKeyIndices,
        definitions(resultColumns),
        resultMetadataId,
        CodecRegistry.DEFAULT,
        SimpleStatement.of(query).options);
  }

  /** The request message the session would send for {@code statement}. */
  public static Request toMessage(
      Statement<?> statement, SessionConfig config, ProtocolVersion version) {
    return MESSAGES.toMessage(statement, config, version);
  }

  /**
   * A session configuration with the builder's defaults for what a request reads (consistency, page
   * size, codecs...). Built reflectively, component by component, so that it keeps compiling while
   * the configuration grows: a component not named here gets null, zero or false.
   */
  public static SessionConfig defaultConfig() {
    try {
      RecordComponent[] components = SessionConfig.class.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = defaultValue(components[i].getName(), types[i]);
      }
      Constructor<SessionConfig> constructor = SessionConfig.class.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build a default SessionConfig: " + e, e);
    }
  }

  private static Object defaultValue(String name, Class<?> type) {
    return switch (name) {
      case "contactPoints", "nodeStateListeners" -> List.of();
      case "consistency" -> Consistency.LOCAL_ONE;
      case "serialConsistency" -> Consistency.SERIAL;
      case "pageSize" -> 5000;
      case "connectionsPerNode", "remoteConnectionsPerNode" -> 1;
      case "maxRequestsPerConnection" -> 32768;
      case "maxFrameLength" -> 256 * 1024 * 1024;
      case "codecs" -> CodecRegistry.DEFAULT;
      default -> {
        if (type == Duration.class) {
          yield Duration.ofSeconds(10);
        } else if (type == boolean.class) {
          yield false;
        } else if (type == int.class) {
          yield 0;
        } else if (type == long.class) {
          yield 0L;
        }
        yield null;
      }
    };
  }
}
