package io.sibyl.it.kerberos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.auth.GssapiAuthProvider;
import io.sibyl.driver.auth.ServerNameResolver;
import io.sibyl.driver.error.AuthenticationException;
import io.sibyl.embedded.EmbeddedCassandra;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kerberos logins end to end: an in-process KDC on loopback, a node of its own whose authenticator
 * is SASL GSSAPI (sibyl-it-kerberos-authenticator, put on the node's class path), and sessions that
 * log in with {@link GssapiAuthProvider} from keytabs and a ticket cache. Tagged {@code kerberos}:
 * it runs in a failsafe JVM of its own, since Kerberos settings are JVM-global.
 */
@Tag("kerberos")
@Timeout(value = 100, unit = TimeUnit.SECONDS) // each of start-up and every test
class GssapiIT {
  /** The node's authenticator, by name: its classes need cassandra-all, absent from this JVM. */
  private static final String AUTHENTICATOR = "io.sibyl.it.kerberos.server.SaslGssapiAuthenticator";

  /**
   * A failure is reported well within this (no retry loop, no KDC wait beyond its timeout), and
   * before the sessions' connect timeout.
   */
  private static final Duration FAILURE_BOUND = Duration.ofSeconds(15);

  @TempDir static Path directory;

  private static LoopbackKdc kdc;
  private static EmbeddedCassandra node;
  private static InetSocketAddress contactPoint;
  private static Path adminKeytab;
  private static Path aliceKeytab;
  private static Path bobKeytab;
  private static Path malloryKeytab;

  @BeforeAll
  static void start() throws Exception {
    kdc = LoopbackKdc.start(Files.createDirectories(directory.resolve("kdc")));
    Path nodeKeytab = directory.resolve("node.keytab");
    node =
        EmbeddedCassandra.builder()
            .serverClasspathEntry(authenticatorLocation())
            .yamlSetting("authenticator", AUTHENTICATOR)
            .jvmOption("-Djava.security.krb5.conf=" + kdc.krb5Conf())
            .jvmOption("-Dsibyl.kerberos.principal=cassandra/_HOST@" + LoopbackKdc.REALM)
            .jvmOption("-Dsibyl.kerberos.keytab=" + nodeKeytab)
            .startTimeout(Duration.ofSeconds(60))
            .start();
    contactPoint = node.contactPoints().get(0);
    // The node's service principal is named after its address, known only now.
    kdc.principalWithKeytab("cassandra/" + contactPoint.getAddress().getHostAddress(), nodeKeytab);
    adminKeytab = kdc.principalWithKeytab("cassandra");
    aliceKeytab = kdc.principalWithKeytab("alice");
    bobKeytab = kdc.principalWithKeytab("bob");
    malloryKeytab = kdc.principalWithKeytab("mallory");

    // cassandra@REALM logs in as the default superuser, which the node creates shortly after start.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .ignoreException(AuthenticationException.class)
        .untilAsserted(
            () -> {
              try (Session admin = session(keytabLogin("cassandra", adminKeytab))) {
                admin.execute("CREATE ROLE IF NOT EXISTS alice WITH LOGIN = true");
                admin.execute("CREATE ROLE IF NOT EXISTS bob WITH LOGIN = true");
              }
            });
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (node != null) {
        node.close();
      }
    } finally {
      if (kdc != null) {
        kdc.close();
      }
    }
  }

  @Test
  void should_log_in_with_a_keytab_and_run_queries_as_the_principal_role() {
    try (Session alice = session(keytabLogin("alice", aliceKeytab))) {
      alice.execute(
          "CREATE KEYSPACE IF NOT EXISTS kerberos_it WITH replication ="
              + " {'class': 'SimpleStrategy', 'replication_factor': 1}");
      alice.execute("CREATE TABLE IF NOT EXISTS kerberos_it.notes (id int PRIMARY KEY, text text)");
      alice.execute("INSERT INTO kerberos_it.notes (id, text) VALUES (?, ?)", 1, "signed by alice");

      Row row = alice.execute("SELECT text FROM kerberos_it.notes WHERE id = ?", 1).one();
      assertThat(row.getString(0)).isEqualTo("signed by alice");
      // The node saw the Kerberos principal: its connections belong to the role alice.
      List<String> users =
          alice.execute("SELECT username FROM system_views.clients").all().stream()
              .map(r -> r.getString(0))
              .toList();
      assertThat(users).contains("alice");
    }
  }

  @Test
  void should_log_in_from_a_ticket_cache() throws Exception {
    Path cache = kdc.ticketCache("bob", bobKeytab);
    // tag::ticket-cache[]
    GssapiAuthProvider fromCache =
        GssapiAuthProvider.builder()
            .principal(LoopbackKdc.principal("bob")) // optional: picks bob's tickets
            .ticketCache(cache) // or ticketCache() for kinit's default cache
            .serverNameResolver(ServerNameResolver.address())
            .build();
    // end::ticket-cache[]

    try (Session bob = session(fromCache)) {
      List<String> users =
          bob.execute("SELECT username FROM system_views.clients").all().stream()
              .map(r -> r.getString(0))
              .toList();
      assertThat(users).contains("bob");
    }
  }

  @Test
  void should_refuse_a_principal_without_a_role_with_a_typed_error() {
    long started = System.nanoTime();

    assertThatThrownBy(() -> session(keytabLogin("mallory", malloryKeytab)).close())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("mallory")
        .satisfies(e -> assertThat(((AuthenticationException) e).node()).isEqualTo(contactPoint));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAILURE_BOUND);
  }

  @Test
  void should_fail_in_bounded_time_when_there_is_no_ticket() {
    Path missing = directory.resolve("no-such.ccache");
    GssapiAuthProvider noTicket =
        GssapiAuthProvider.builder()
            .principal(LoopbackKdc.principal("alice"))
            .ticketCache(missing)
            .serverNameResolver(ServerNameResolver.address())
            .build();
    long started = System.nanoTime();

    assertThatThrownBy(() -> session(noTicket).close())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("cannot log in to Kerberos")
        .hasMessageContaining(missing.toString())
        .hasMessageContaining(contactPoint.toString());
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAILURE_BOUND);
  }

  @Test
  void should_refuse_a_keytab_that_holds_another_principal() {
    // alice's name with mallory's keys: the KDC has no key of alice in that keytab.
    long started = System.nanoTime();

    assertThatThrownBy(() -> session(keytabLogin("alice", malloryKeytab)).close())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("cannot log in to Kerberos as alice@" + LoopbackKdc.REALM)
        .hasMessageContaining(malloryKeytab.toString())
        .hasMessageContaining("check the principal and its credentials");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAILURE_BOUND);
  }

  @Test
  void should_say_which_service_principal_is_unknown_to_the_kdc() {
    GssapiAuthProvider misnamed =
        GssapiAuthProvider.builder()
            .principal(LoopbackKdc.principal("alice"))
            .keytab(aliceKeytab)
            .serverNameResolver(address -> "not-a-node.sibyl.test")
            .build();
    long started = System.nanoTime();

    assertThatThrownBy(() -> session(misnamed).close())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("cassandra/not-a-node.sibyl.test")
        .hasMessageContaining("GSSAPI failed on the client side")
        .hasMessageContaining("serverNameResolver");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAILURE_BOUND);
  }

  private static GssapiAuthProvider keytabLogin(String name, Path keytab) {
    // tag::keytab[]
    GssapiAuthProvider kerberos =
        GssapiAuthProvider.builder()
            .principal(LoopbackKdc.principal(name)) // alice@SIBYL.TEST
            .keytab(keytab)
            // The nodes' principals are cassandra/<address>@SIBYL.TEST, so no DNS lookup.
            .serverNameResolver(ServerNameResolver.address())
            .build();
    // end::keytab[]
    return kerberos;
  }

  private static Session session(GssapiAuthProvider provider) {
    // tag::session[]
    Session session =
        Session.builder()
            .addContactPoint(contactPoint)
            .localDatacenter(node.localDatacenter())
            .authProvider(provider)
            // A cold JVM's first Kerberos login (ticket requests included) can take seconds.
            .connectTimeout(Duration.ofSeconds(20))
            .build();
    // end::session[]
    return session;
  }

  /** The jar or class directory that holds the node's authenticator. */
  private static Path authenticatorLocation() throws Exception {
    String resource = AUTHENTICATOR.replace('.', '/') + ".class";
    URL url = GssapiIT.class.getClassLoader().getResource(resource);
    assertThat(url).as("%s on the test class path", resource).isNotNull();
    if ("jar".equals(url.getProtocol())) {
      String path = url.getPath();
      return Path.of(URI.create(path.substring(0, path.indexOf("!/"))));
    }
    Path location = Path.of(url.toURI());
    for (int level = 0; level < resource.split("/").length; level++) {
      location = location.getParent();
    }
    return location;
  }
}
