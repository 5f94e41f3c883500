package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Reaping decisions, with stand-in processes ({@code sleep}) instead of real nodes. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class OrphanNodesTest {

  private static final int BLOCK = 77;

  @TempDir Path lockDirectory;
  @TempDir Path clusterDirectory;

  private Process owner;
  private Process node;

  @AfterEach
  void killStandIns() {
    for (Process process : new Process[] {owner, node}) {
      if (process != null) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void should_kill_the_recorded_node_and_delete_its_files_when_the_owner_is_gone()
      throws Exception {
    long deadOwner = deadPid();
    node = standInNode(clusterDirectory.resolve("node1"));
    writePidFile(deadOwner, node);
    Files.createDirectories(clusterDirectory.resolve("node1/conf"));
    Files.writeString(
        clusterDirectory.resolve("node1/conf/cassandra.yaml"), CassandraYaml.HEADER + "x: 1\n");

    assertThat(OrphanNodes.reap(lockDirectory)).containsExactly(node.pid());

    assertThat(node.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(LoopbackBlock.pidFile(lockDirectory, BLOCK)).doesNotExist();
    assertThat(clusterDirectory).doesNotExist();
  }

  @Test
  void should_leave_the_nodes_alone_while_their_owner_lives() throws Exception {
    owner = new ProcessBuilder("sleep", "60").start();
    node = standInNode(clusterDirectory.resolve("node1"));
    writePidFile(owner.pid(), node);

    assertThat(OrphanNodes.reap(lockDirectory)).isEmpty();

    assertThat(node.isAlive()).isTrue();
    assertThat(LoopbackBlock.pidFile(lockDirectory, BLOCK)).exists();
  }

  @Test
  void should_leave_the_nodes_alone_while_the_block_is_locked() throws Exception {
    node = standInNode(clusterDirectory.resolve("node1"));
    writePidFile(deadPid(), node);

    try (LoopbackBlock held = LoopbackBlock.tryReserve(BLOCK, lockDirectory)) {
      assertThat(held).isNotNull();
      assertThat(OrphanNodes.reap(lockDirectory)).isEmpty();
    }
    assertThat(node.isAlive()).isTrue();
  }

  @Test
  void should_not_kill_a_process_that_merely_reuses_a_recorded_pid() throws Exception {
    // Alive, but its command line is not the recorded node's (as after pid reuse).
    node = new ProcessBuilder("sleep", "60").start();
    writePidFile(deadPid(), node);

    assertThat(OrphanNodes.reap(lockDirectory)).isEmpty();

    assertThat(node.isAlive()).isTrue();
    assertThat(LoopbackBlock.pidFile(lockDirectory, BLOCK)).doesNotExist();
  }

  /** A process whose command line names the daemon class and the node directory, as a node's. */
  private static Process standInNode(Path nodeDirectory) throws Exception {
    return new ProcessBuilder(
            "sh",
            "-c",
            "sleep 60",
            NodeCommand.MAIN_CLASS,
            "-Dcassandra.storagedir=" + nodeDirectory)
        .start();
  }

  private void writePidFile(long ownerPid, Process nodeProcess) throws Exception {
    String started = BlockPidFile.startTime(nodeProcess.toHandle());
    Files.write(
        LoopbackBlock.pidFile(lockDirectory, BLOCK),
        List.of(
            "owner=" + ownerPid + " - " + clusterDirectory,
            "node1="
                + nodeProcess.pid()
                + " "
                + started
                + " "
                + clusterDirectory.resolve("node1")));
  }

  private static long deadPid() throws Exception {
    Process done = new ProcessBuilder("true").start();
    done.waitFor();
    return done.pid();
  }
}
