package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.it.support.SessionITBase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each supported type goes in through a prepared statement and comes back equal. */
class TypesIT extends SessionITBase {

  @BeforeAll
  static void createTable() {
    session.execute(
        "CREATE TABLE types (id int PRIMARY KEY, t text, a ascii, i int, b bigint, u uuid,"
            + " tu timeuuid, ts timestamp, bo boolean, bl blob, d date, ti time, db double,"
            + " f float, si smallint, tn tinyint, vi varint, de decimal, ip inet,"
            + " l list<text>, s set<int>, m map<text, bigint>, fl frozen<list<uuid>>)");
  }

  @Test
  void should_round_trip_every_supported_type() throws Exception {
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO types (id, t, a, i, b, u, tu, ts, bo, bl, d, ti, db, f, si, tn, vi, de,"
                + " ip, l, s, m, fl) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?)");
    UUID uuid = UUID.randomUUID();
    UUID timeUuid = UUID.fromString("50554d6e-29bb-11e5-b345-feff819cdc9f");
    Instant instant = Instant.parse("2024-02-29T12:34:56.789Z");
    ByteBuffer blob = ByteBuffer.wrap(new byte[] {0, 1, 2, (byte) 0xFF});
    BigInteger varint = new BigInteger("-123456789012345678901234567890");
    BigDecimal decimal = new BigDecimal("3.14159265358979323846264338327950288");
    InetAddress ip = InetAddress.getByName("::1");
    session.execute(
        insert.bind(
            1,
            "héllo wörld ✓",
            "ascii",
            Integer.MIN_VALUE,
            Long.MAX_VALUE,
            uuid,
            timeUuid,
            instant,
            true,
            blob,
            LocalDate.of(2024, 2, 29),
            LocalTime.of(23, 59, 59, 999_999_999),
            -0.5d,
            Float.MAX_VALUE,
            (short) -32768,
            (byte) 127,
            varint,
            decimal,
            ip,
            List.of("x", "y", "x"),
            Set.of(3, 1, 2),
            Map.of("k", 1L << 40),
            List.of(uuid)));

    Row row = session.execute("SELECT * FROM types WHERE id = 1").one();

    assertThat(row.getString("t")).isEqualTo("héllo wörld ✓");
    assertThat(row.getString("a")).isEqualTo("ascii");
    assertThat(row.getInt("i")).isEqualTo(Integer.MIN_VALUE);
    assertThat(row.getLong("b")).isEqualTo(Long.MAX_VALUE);
    assertThat(row.getUuid("u")).isEqualTo(uuid);
    assertThat(row.getUuid("tu")).isEqualTo(timeUuid);
    assertThat(row.getInstant("ts")).isEqualTo(instant);
    assertThat(row.getBoolean("bo")).isTrue();
    assertThat(row.getByteBuffer("bl")).isEqualTo(blob);
    assertThat(row.getLocalDate("d")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(row.getLocalTime("ti")).isEqualTo(LocalTime.of(23, 59, 59, 999_999_999));
    assertThat(row.getDouble("db")).isEqualTo(-0.5d);
    assertThat(row.getFloat("f")).isEqualTo(Float.MAX_VALUE);
    assertThat(row.getShort("si")).isEqualTo((short) -32768);
    assertThat(row.getByte("tn")).isEqualTo((byte) 127);
    assertThat(row.getBigInteger("vi")).isEqualTo(varint);
    assertThat(row.getBigDecimal("de")).isEqualTo(decimal);
    assertThat(row.getInetAddress("ip")).isEqualTo(ip);
    assertThat(row.getList("l", String.class)).containsExactly("x", "y", "x");
    assertThat(row.getSet("s", Integer.class)).containsExactly(1, 2, 3);
    assertThat(row.getMap("m", String.class, Long.class)).containsEntry("k", 1L << 40);
    assertThat(row.getList("fl", UUID.class)).containsExactly(uuid);
  }

  @Test
  void should_distinguish_null_from_zero_and_leave_unset_columns_alone() {
    PreparedStatement insert = session.prepare("INSERT INTO types (id, i, t) VALUES (?, ?, ?)");
    session.execute(insert.bind(2, 0, "kept"));
    session.execute(insert.bind().setInt(0, 2).setToNull(1));

    Row row = session.execute("SELECT i, t, l FROM types WHERE id = 2").one();

    assertThat(row.isNull("i")).isTrue();
    assertThat(row.getInt("i")).isZero();
    assertThat(row.getString("t"))
        .as("an unset value leaves the column as it was")
        .isEqualTo("kept");
    assertThat(row.getList("l", String.class)).isEmpty();
  }

  @Test
  void should_bind_simple_statement_values_by_their_java_types() {
    UUID id = UUID.randomUUID();
    session.execute("INSERT INTO types (id, u, t, b) VALUES (?, ?, ?, ?)", 3, id, "simple", 7L);

    Row row = session.execute("SELECT u, t, b FROM types WHERE id = ?", 3).one();

    assertThat(row.getUuid(0)).isEqualTo(id);
    assertThat(row.getString(1)).isEqualTo("simple");
    assertThat(row.getLong(2)).isEqualTo(7L);
  }
}
