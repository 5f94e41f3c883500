package io.sibyl.micrometer;

import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.BatchableStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import java.net.InetSocketAddress;

/** What the observations say of a statement: its kind, its text and its keyspace. */
final class Statements {
  /** Batches' texts are cut here: a span attribute, not a dump. */
  static final int MAX_TEXT = 2000;

  private Statements() {}

  static String kind(Statement<?> statement) {
    if (statement instanceof SimpleStatement) {
      return "simple";
    }
    return statement instanceof BoundStatement ? "prepared" : "batch";
  }

  /** The CQL text: never the bound values. A batch's children, separated by "; ". */
  static String text(Statement<?> statement) {
    if (statement instanceof SimpleStatement simple) {
      return simple.query();
    }
    if (statement instanceof BoundStatement bound) {
      return bound.preparedStatement().query();
    }
    StringBuilder text = new StringBuilder("BEGIN BATCH ");
    for (BatchableStatement child : ((BatchStatement) statement).statements()) {
      if (text.length() > MAX_TEXT) {
        text.append("...");
        break;
      }
      text.append(text((Statement<?>) child)).append("; ");
    }
    return text.append("APPLY BATCH").toString();
  }

  /** The keyspace the statement (or its prepared statement, or a batch's child) names, or null. */
  static String keyspace(Statement<?> statement) {
    if (statement.keyspace() != null) {
      return statement.keyspace();
    }
    if (statement instanceof BoundStatement bound) {
      return bound.preparedStatement().keyspace();
    }
    if (statement instanceof BatchStatement batch) {
      for (BatchableStatement child : batch.statements()) {
        String keyspace = keyspace((Statement<?>) child);
        if (keyspace != null) {
          return keyspace;
        }
      }
    }
    return null;
  }

  /** A node's address as {@code host:port}. */
  static String address(InetSocketAddress address) {
    return address.getHostString() + ":" + address.getPort();
  }
}
