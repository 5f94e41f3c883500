package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeCommandTest {

  private final ServerClasspath classpath = ServerClasspathTest.fakeClasspath();
  private final NodeLayout node = CassandraYamlTest.cluster(1, 9042, 7000).get(0);

  @Test
  void should_run_cassandra_daemon_with_java17_module_access_and_the_jamm_agent() {
    List<String> command = NodeCommand.build(settings(List.of()), node, classpath, false);

    // The running Java when Cassandra supports it, else a JDK 11/17 found on the machine.
    assertThat(command.get(0)).isEqualTo(ServerJava.executable().toString());
    assertThat(command)
        .containsAll(NodeCommand.JAVA17_MODULE_ACCESS)
        .contains(
            "-Xms512m",
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-javaagent:" + classpath.jammJar(),
            "-Djdk.attach.allowAttachSelf=true",
            "-Dcassandra-foreground=yes",
            "-Dcassandra.skip_wait_for_gossip_to_settle=0",
            "-Dcassandra.superuser_setup_delay_ms=0",
            "-Dcassandra.ring_delay_ms=1000",
            "-Dcassandra.storagedir=" + node.directory(),
            "-Dcassandra.logdir=" + node.logDirectory(),
            "-Dcassandra.config=" + node.yamlFile().toUri(),
            "-Dlogback.configurationFile=" + node.logbackFile().toUri())
        .endsWith("-cp", classpath.asArgument(), "org.apache.cassandra.service.CassandraDaemon");
  }

  @Test
  void should_open_the_jdk_packages_jamm_0_3_needs_only_for_cassandra_4() {
    ClusterSettings four = settings(List.of()).withCassandraVersion("4.1.10");

    assertThat(NodeCommand.build(four, node, classpath, false))
        .containsAll(NodeCommand.CASSANDRA4_JAVA17_OPENS);
    assertThat(NodeCommand.build(settings(List.of()), node, classpath, false))
        .doesNotContainAnyElementsOf(NodeCommand.CASSANDRA4_JAVA17_OPENS);
  }

  @Test
  void should_drop_the_right_to_lock_memory_through_setpriv_when_asked() {
    List<String> command = NodeCommand.build(settings(List.of()), node, classpath, true);

    assertThat(command.subList(0, 4))
        .containsExactly(
            "/usr/bin/setpriv", "--inh-caps=-ipc_lock", "--bounding-set=-ipc_lock", "--");
  }

  @Test
  void should_put_extra_options_last_and_leave_the_garbage_collector_to_them() {
    List<String> command =
        NodeCommand.build(
            settings(List.of("-XX:+UseG1GC", "-Dcassandra.ring_delay_ms=5000")),
            node,
            classpath,
            false);

    assertThat(command).contains("-XX:+UseG1GC").doesNotContain("-XX:+UseSerialGC");
    assertThat(command.indexOf("-Dcassandra.ring_delay_ms=5000"))
        .isGreaterThan(command.indexOf("-Dcassandra.ring_delay_ms=1000"));
  }

  @Test
  void should_append_extra_server_class_path_entries_after_the_server_jars() {
    Path authenticator = Path.of("/opt/test/authenticator.jar");
    Path classes = Path.of("/opt/test/classes");
    ClusterSettings base = settings(List.of());
    ClusterSettings settings =
        new ClusterSettings(
            1,
            "5.0.6",
            "sibyl",
            1,
            "512m",
            true,
            null,
            false,
            false,
            false,
            Duration.ofMinutes(1),
            9042,
            7000,
            List.of(),
            Map.of(),
            List.of(),
            List.of(),
            null,
            List.of(authenticator, classes));

    List<String> command = NodeCommand.build(settings, node, classpath, false);

    assertThat(base.extraClasspath()).isEmpty();
    assertThat(command)
        .endsWith(
            "-cp",
            classpath.asArgument()
                + File.pathSeparator
                + authenticator
                + File.pathSeparator
                + classes,
            NodeCommand.MAIN_CLASS);
  }

  @Test
  void should_refuse_a_server_class_path_entry_that_does_not_exist() {
    Path missing = Path.of("/no/such/authenticator.jar");

    assertThatThrownBy(() -> EmbeddedCassandra.builder().serverClasspathEntry(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString());
  }

  private static ClusterSettings settings(List<String> jvmOptions) {
    return new ClusterSettings(
        1,
        "5.0.6",
        "sibyl",
        1,
        "512m",
        true,
        null,
        false,
        false,
        false,
        Duration.ofMinutes(1),
        9042,
        7000,
        jvmOptions,
        Map.of());
  }
}
