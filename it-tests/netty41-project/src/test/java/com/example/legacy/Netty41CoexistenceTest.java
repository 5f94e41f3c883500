package com.example.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.Version;
import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Row;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.SyntaxErrorException;
import io.sibyl.it.support.SessionITBase;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shaded driver and the application's Netty 4.1 in one class path, one JVM, on the node that
 * the driver's integration tests share (their {@link SessionITBase}: a session in a fresh
 * keyspace).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class Netty41CoexistenceTest extends SessionITBase {

  @BeforeAll
  static void createTable() {
    session.execute("CREATE TABLE IF NOT EXISTS items (p int, c int, v text, PRIMARY KEY (p, c))");
  }

  @Test
  void should_see_netty_4_1_on_the_class_path_and_the_driver_netty_relocated() throws Exception {
    // Every Netty artifact on the class path is the application's 4.1: the shaded driver's POM
    // brings no Netty, and its jar no Netty version file.
    Map<String, Version> netty = Version.identify();
    assertTrue(netty.containsKey("netty-common"), netty::toString);
    assertTrue(
        netty.values().stream().allMatch(v -> v.artifactVersion().startsWith("4.1.")),
        netty::toString);
    // NioIoHandler exists only in Netty 4.2: the driver's copy is relocated, none is unshaded.
    assertThrows(
        ClassNotFoundException.class, () -> Class.forName("io.netty.channel.nio.NioIoHandler"));
    Class.forName("io.sibyl.shaded.netty.channel.nio.NioIoHandler");
  }

  @Test
  void should_run_a_netty_4_1_event_loop_while_the_session_is_open() throws Exception {
    EventLoopGroup group = new NioEventLoopGroup(1);
    try {
      String fromLoop = group.submit(() -> "4.1 loop").get(10, TimeUnit.SECONDS);
      assertEquals("4.1 loop", fromLoop);
      Row local = session.execute("SELECT release_version FROM system.local").one();
      assertTrue(local.getString("release_version").startsWith("5."));
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  @Test
  void should_prepare_insert_and_select() {
    PreparedStatement insert = session.prepare("INSERT INTO items (p, c, v) VALUES (1, ?, ?)");
    session.execute(insert.bind(7, "seven"));

    Row row = session.execute("SELECT v FROM items WHERE p = 1 AND c = ?", 7).one();

    assertEquals("seven", row.getString("v"));
  }

  @Test
  void should_read_every_row_page_by_page() {
    PreparedStatement insert = session.prepare("INSERT INTO items (p, c, v) VALUES (2, ?, ?)");
    for (int c = 0; c < 250; c++) {
      session.execute(insert.bind(c, "v" + c));
    }

    ResultSet rows =
        session.execute(SimpleStatement.of("SELECT c FROM items WHERE p = 2").withPageSize(50));
    assertEquals(50, rows.availableWithoutFetching());
    int count = 0;
    for (Row row : rows) {
      assertEquals(count++, row.getInt("c"));
    }
    assertEquals(250, count);
  }

  @Test
  void should_apply_a_batch() {
    PreparedStatement insert = session.prepare("INSERT INTO items (p, c, v) VALUES (3, ?, ?)");
    session.execute(BatchStatement.logged(insert.bind(1, "one"), insert.bind(2, "two")));

    assertEquals(2, session.execute("SELECT c FROM items WHERE p = 3").all().size());
  }

  @Test
  void should_map_a_server_error_to_its_typed_exception() {
    SyntaxErrorException error =
        assertThrows(SyntaxErrorException.class, () -> session.execute("SELEKT * FROM nowhere"));

    assertTrue(error.getMessage().contains("SELEKT * FROM nowhere"), error::getMessage);
  }
}
