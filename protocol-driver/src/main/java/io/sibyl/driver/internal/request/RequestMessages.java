package io.sibyl.driver.internal.request;

import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.BatchableStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.internal.protocol.BoundValues;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.Batch;
import io.sibyl.driver.internal.protocol.message.Prepare;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.session.SessionConfig;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns statements into protocol messages, filling unset options from the session's defaults.
 * Stateless apart from its {@link ApiAccess}; one per session.
 */
public final class RequestMessages {
  private final ApiAccess access;

  /** Builds messages, reading the statements' internals through {@code access}. */
  public RequestMessages(ApiAccess access) {
    this.access = access;
  }

  /** The message of a statement, with no client-side timestamp unless it has its own. */
  public Request toMessage(Statement<?> statement, SessionConfig config, ProtocolVersion version) {
    return toMessage(statement, config, version, Statement.NO_TIMESTAMP);
  }

  /**
   * The message of a statement.
   *
   * @param timestamp the request's client-side timestamp (microseconds), or {@link
   *     Statement#NO_TIMESTAMP}; the statement's own timestamp wins over it
   */
  public Request toMessage(
      Statement<?> statement, SessionConfig config, ProtocolVersion version, long timestamp) {
    checkVersionOptions(statement, version);
    if (statement instanceof BoundStatement bound) {
      PreparedStatement prepared = bound.preparedStatement();
      ResultShape shape = access.resultShape(prepared);
      boolean skipMetadata = version.usesOuterFraming() && shape.columns().size() > 0;
      return new StatementMessage.ExecuteMessage(
          statement,
          config,
          timestamp(statement, timestamp),
          access.rawId(prepared),
          version.usesOuterFraming() ? shape.metadataId() : null,
          values(bound),
          skipMetadata);
    }
    if (statement instanceof SimpleStatement simple) {
      return simpleMessage(simple, config, timestamp);
    }
    BatchStatement batch = (BatchStatement) statement;
    List<Object> queriesOrIds = new ArrayList<>(batch.size());
    List<ByteBuffer[]> values = new ArrayList<>(batch.size());
    for (BatchableStatement child : batch.statements()) {
      if (child instanceof BoundStatement bound) {
        queriesOrIds.add(access.rawId(bound.preparedStatement()));
        values.add(access.values(bound).toArray());
      } else {
        SimpleStatement simple = (SimpleStatement) child;
        if (!simple.namedValues().isEmpty()) {
          throw new IllegalArgumentException(
              "Statements in a batch cannot use named values (the protocol does not support"
                  + " them there); use positional values: "
                  + simple.query());
        }
        queriesOrIds.add(simple.query());
        values.add(encode(simple.positionalValues(), config.codecs()));
      }
    }
    return new Batch(
        batch.type().code(),
        queriesOrIds,
        values,
        consistency(statement, config),
        serialConsistency(statement, config),
        timestamp(statement, timestamp),
        statement.keyspace(),
        nowInSeconds(statement));
  }

  /**
   * The PREPARE message of CQL text.
   *
   * @param keyspace the keyspace to prepare in (v5), or null for the connection's
   */
  public static Request prepare(String query, String keyspace) {
    return new Prepare(query, keyspace);
  }

  /** The CQL text of a statement, for error messages and logs (never its values). */
  public static String queryText(Statement<?> statement) {
    if (statement instanceof SimpleStatement simple) {
      return simple.query();
    }
    if (statement instanceof BoundStatement bound) {
      return bound.preparedStatement().query();
    }
    BatchStatement batch = (BatchStatement) statement;
    StringBuilder text = new StringBuilder("BEGIN ").append(batch.type()).append(" BATCH ");
    for (BatchableStatement child : batch.statements()) {
      text.append(queryText((Statement<?>) child)).append("; ");
      if (text.length() > 300) {
        break;
      }
    }
    return text.append("APPLY BATCH").toString();
  }

  private static Request simpleMessage(
      SimpleStatement simple, SessionConfig config, long timestamp) {
    Map<String, Object> named = simple.namedValues();
    long messageTimestamp = timestamp(simple, timestamp);
    if (named.isEmpty()) {
      return new StatementMessage.QueryMessage(
          simple,
          config,
          messageTimestamp,
          simple.query(),
          encode(simple.positionalValues(), config.codecs()),
          null);
    }
    String[] names = named.keySet().toArray(new String[0]);
    return new StatementMessage.QueryMessage(
        simple,
        config,
        messageTimestamp,
        simple.query(),
        encode(new ArrayList<>(named.values()), config.codecs()),
        names);
  }

  private BoundValues values(BoundStatement bound) {
    BoundValues values = access.values(bound);
    values.recordSize();
    return values;
  }

  private static ByteBuffer[] encode(List<Object> values, CodecRegistry codecs) {
    if (values.isEmpty()) {
      return null;
    }
    ByteBuffer[] encoded = new ByteBuffer[values.size()];
    for (int i = 0; i < encoded.length; i++) {
      Object value = values.get(i);
      encoded[i] = value == null ? null : codecs.codecFor(value).encode(value);
    }
    return encoded;
  }

  private static int consistency(Statement<?> statement, SessionConfig config) {
    Consistency level = statement.consistency();
    return (level != null ? level : config.consistency()).code();
  }

  private static int serialConsistency(Statement<?> statement, SessionConfig config) {
    Consistency level = statement.serialConsistency();
    return (level != null ? level : config.serialConsistency()).code();
  }

  /** The statement's own timestamp if it has one, else the request's (or none). */
  private static long timestamp(Statement<?> statement, long requestTimestamp) {
    if (statement.timestamp() != Statement.NO_TIMESTAMP) {
      return statement.timestamp();
    }
    return requestTimestamp == Statement.NO_TIMESTAMP
        ? QueryOptions.NO_TIMESTAMP
        : requestTimestamp;
  }

  private static int nowInSeconds(Statement<?> statement) {
    return statement.nowInSeconds() == Statement.NO_NOW_IN_SECONDS
        ? QueryOptions.NO_NOW_IN_SECONDS
        : statement.nowInSeconds();
  }

  private static void checkVersionOptions(Statement<?> statement, ProtocolVersion version) {
    if (version.usesOuterFraming()) {
      return;
    }
    if (statement.keyspace() != null) {
      throw new IllegalArgumentException(
          "A per-statement keyspace needs protocol v5 (this session uses "
              + version
              + "); qualify the table name with its keyspace instead");
    }
    if (statement.nowInSeconds() != Statement.NO_NOW_IN_SECONDS) {
      throw new IllegalArgumentException(
          "withNowInSeconds needs protocol v5 (this session uses " + version + ")");
    }
  }
}
