package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.it.support.SessionITBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** v5 by default, v4 when forced, each with and without LZ4, including payloads over 128 KiB. */
class ProtocolNegotiationIT extends SessionITBase {

  @BeforeAll
  static void createTable() {
    session.execute("CREATE TABLE blobs (id int PRIMARY KEY, payload text)");
  }

  @Test
  void should_negotiate_v5_by_default() {
    assertThat(session.protocolVersion()).isEqualTo(ProtocolVersion.V5);
  }

  @ParameterizedTest(name = "protocol {0}, lz4 {1}")
  @CsvSource({"V4, false", "V4, true", "V5, false", "V5, true"})
  void should_round_trip_small_and_large_rows(ProtocolVersion version, boolean lz4) {
    try (Session other =
        newSession(
            builder -> builder.protocolVersion(version).compression(lz4).keyspace(keyspace))) {
      assertThat(other.protocolVersion()).isEqualTo(version);
      PreparedStatement insert = other.prepare("INSERT INTO blobs (id, payload) VALUES (?, ?)");
      String large = "x".repeat(300 * 1024) + version + lz4; // spans several v5 frames
      int id = version.ordinal() * 10 + (lz4 ? 1 : 0);
      other.execute(insert.bind(id, large));
      other.execute(insert.bind(id + 100, "small"));

      List<String> read = new ArrayList<>();
      for (Row row : other.execute("SELECT payload FROM blobs WHERE id IN (?, ?)", id, id + 100)) {
        read.add(row.getString(0));
      }
      assertThat(read).containsExactlyInAnyOrder(large, "small");
    }
  }
}
