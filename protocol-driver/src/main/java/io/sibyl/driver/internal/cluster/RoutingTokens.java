package io.sibyl.driver.internal.cluster;

import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;
import java.util.List;

/**
 * The replicas a statement's routing token ({@link Statement#withRoutingToken}) designates: those
 * of the ring range that holds the token, in the keyspace of the statement's table, else its own
 * keyspace, else the session's.
 */
public final class RoutingTokens {
  private RoutingTokens() {}

  /**
   * The replicas, in ring order; empty when the statement has no routing token or no keyspace is
   * known.
   *
   * @param tokens the ring
   * @param statement the statement
   * @param tableKeyspace the keyspace of the statement's table (bound statements), or null
   * @param sessionKeyspace the session's keyspace, or null
   * @throws IllegalArgumentException if the token is not of the ring's partitioner's type
   */
  public static List<Node> replicas(
      DefaultTokenMap tokens,
      Statement<?> statement,
      String tableKeyspace,
      String sessionKeyspace) {
    Comparable<?> token = statement.routingToken();
    if (token == null) {
      return List.of();
    }
    String keyspace =
        tableKeyspace != null
            ? tableKeyspace
            : statement.keyspace() != null ? statement.keyspace() : sessionKeyspace;
    if (keyspace == null) {
      return List.of();
    }
    if (!tokens.isTokenOfRing(token)) {
      throw new IllegalArgumentException(
          "The routing token of "
              + statement
              + " is a "
              + token.getClass().getName()
              + ", but the cluster's partitioner ("
              + tokens.partitionerShortName()
              + ") has tokens of another type; pass a token as TokenMap.token(...) or"
              + " TokenMap.ringTokens() give it");
    }
    return tokens.replicasForToken(keyspace, token);
  }
}
