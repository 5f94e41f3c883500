package io.sibyl.bench.responder;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.bench.load.KvTable;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The responder keeps answering a Sibyl session, so that the client-overhead mode stays usable. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NativeProtocolResponderTest {
  private static NativeProtocolResponder responder;

  @BeforeAll
  static void startResponder() {
    responder = NativeProtocolResponder.start(KvTable.cannedStatements());
  }

  @AfterAll
  static void stopResponder() {
    responder.close();
  }

  @ParameterizedTest(name = "{0}, lz4={1}")
  @CsvSource({"V4, false", "V4, true", "V5, false", "V5, true"})
  void should_answer_prepared_statements_of_a_sibyl_session(ProtocolVersion version, boolean lz4) {
    try (Session session =
        Session.builder()
            .addContactPoint(responder.address())
            .localDatacenter("datacenter1")
            .protocolVersion(version)
            .compression(lz4)
            .build()) {
      assertThat(session.protocolVersion()).isEqualTo(version);
      PreparedStatement insert = session.prepare(KvTable.INSERT);
      PreparedStatement select = session.prepare(KvTable.SELECT);

      assertThat(
              session
                  .execute(
                      insert
                          .bind()
                          .setInt(0, 1)
                          .setString(1, "a")
                          .setLong(2, 2L)
                          .setInstant(3, KvTable.UPDATED))
                  .one())
          .isNull();
      for (int i = 0; i < 3; i++) { // v5 skips the metadata after the first answer
        Row row = session.execute(select.bind().setInt(0, 42)).one();
        assertThat(row.getString(0)).isEqualTo(KvTable.name(42));
        assertThat(row.getLong(1)).isEqualTo(KvTable.amount(42));
        assertThat(row.getInstant(2)).isEqualTo(KvTable.UPDATED);
      }
      assertThat(session.execute("SELECT * FROM system.local").one().getString("cluster_name"))
          .isEqualTo(ResponderCatalog.CLUSTER_NAME);
    }
  }
}
