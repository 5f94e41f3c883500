package io.sibyl.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.metadata.TokenMap;
import io.sibyl.it.support.SessionITBase;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The driver's token function and routing keys agree with the server's token() for every key. */
class MurmurTokenIT extends SessionITBase {

  @BeforeAll
  static void createTables() {
    session.execute("CREATE TABLE single_key (k text PRIMARY KEY, v int)");
    session.execute(
        "CREATE TABLE composite_key (a int, b text, c uuid, v int, PRIMARY KEY ((a, b, c)))");
  }

  @Test
  void should_compute_the_same_token_as_the_server_for_keys_of_every_length() {
    TokenMap tokens = session.metadata().tokenMap().orElseThrow();
    PreparedStatement token = session.prepare("SELECT token(k) FROM single_key WHERE k = ?");
    Random random = new Random(42);
    for (int length = 1; length < 70; length++) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < length; i++) {
        // Include non-ASCII characters: their UTF-8 bytes are negative as Java bytes.
        key.append(
            (char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0xE9 + random.nextInt(40)));
      }
      session.execute("INSERT INTO single_key (k, v) VALUES (?, 1)", key.toString());
      BoundStatement bound = token.bind(key.toString());
      long serverToken = session.execute(bound).one().getLong(0);

      assertThat(tokens.token(bound.routingKey()))
          .as("token of a %d-char key", length)
          .isEqualTo(serverToken);
    }
  }

  @Test
  void should_compute_the_same_token_for_composite_partition_keys() {
    TokenMap tokens = session.metadata().tokenMap().orElseThrow();
    PreparedStatement token =
        session.prepare("SELECT token(a, b, c) FROM composite_key WHERE a = ? AND b = ? AND c = ?");
    for (int i = 0; i < 50; i++) {
      UUID id = UUID.randomUUID();
      session.execute(
          "INSERT INTO composite_key (a, b, c, v) VALUES (?, ?, ?, 1)", i, "key-" + i, id);
      BoundStatement bound = token.bind(i, "key-" + i, id);
      long serverToken = session.execute(bound).one().getLong(0);

      assertThat(tokens.token(bound.routingKey())).isEqualTo(serverToken);
      assertThat(bound.routingKeyspace()).isEqualTo(keyspace);
    }
  }
}
