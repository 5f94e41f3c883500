package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopbackBlockTest {

  @TempDir Path lockDirectory;

  @Test
  void should_reserve_a_block_in_range_and_hold_its_lock_file() {
    try (LoopbackBlock block =
        LoopbackBlock.reserve(3, List.of(freePort()), new Random(), lockDirectory)) {
      assertThat(block.block()).isBetween(20, 250).isNotEqualTo(10);
      assertThat(block.address(2).getHostAddress()).isEqualTo("127.0." + block.block() + ".2");
      assertThat(LoopbackBlock.lockFile(lockDirectory, block.block()))
          .exists()
          .hasFileName("sibyl-embedded-127.0." + block.block() + ".lock");
    }
  }

  @Test
  void should_never_hand_out_a_block_that_is_still_held() {
    List<Integer> ports = List.of(freePort());
    try (LoopbackBlock first = LoopbackBlock.reserve(1, ports, new Random(7), lockDirectory);
        LoopbackBlock second = LoopbackBlock.reserve(1, ports, new Random(7), lockDirectory)) {
      assertThat(second.block()).isNotEqualTo(first.block());
    }
  }

  @Test
  void should_hand_out_a_block_again_once_released() {
    List<Integer> ports = List.of(freePort());
    int first;
    try (LoopbackBlock block = LoopbackBlock.reserve(1, ports, new Random(11), lockDirectory)) {
      first = block.block();
    }
    try (LoopbackBlock again = LoopbackBlock.reserve(1, ports, new Random(11), lockDirectory)) {
      assertThat(again.block()).isEqualTo(first);
    }
  }

  @Test
  void should_skip_a_block_whose_port_is_taken() throws Exception {
    int port = freePort();
    int firstCandidate = firstCandidate(new Random(3));
    try (ServerSocket squatter = new ServerSocket()) {
      squatter.bind(new InetSocketAddress(LoopbackBlock.address(firstCandidate, 2), port));
      assertThat(LoopbackBlock.portsFree(firstCandidate, 3, List.of(port))).isFalse();
      assertThat(LoopbackBlock.portsFree(firstCandidate, 1, List.of(port))).isTrue();

      try (LoopbackBlock block =
          LoopbackBlock.reserve(3, List.of(port), new Random(3), lockDirectory)) {
        assertThat(block.block()).isNotEqualTo(firstCandidate);
      }
    }
  }

  @Test
  void should_fail_with_a_hint_when_no_block_is_free() throws Exception {
    try (ServerSocket everywhere = new ServerSocket(0)) {
      assertThatThrownBy(
              () ->
                  LoopbackBlock.reserve(
                      1, List.of(everywhere.getLocalPort()), new Random(), lockDirectory))
          .isInstanceOf(EmbeddedCassandraException.class)
          .hasMessageContaining("No free loopback block 127.0.N.x (N in 20..250)")
          .hasMessageContaining("0.0.0.0");
    }
    assertThat(Files.list(lockDirectory)).isNotEmpty();
  }

  /** The block {@link LoopbackBlock#reserve} tries first with a random of the same seed. */
  private static int firstCandidate(Random random) {
    List<Integer> candidates = new ArrayList<>();
    for (int block = LoopbackBlock.FIRST_BLOCK; block <= LoopbackBlock.LAST_BLOCK; block++) {
      candidates.add(block);
    }
    Collections.shuffle(candidates, random);
    return candidates.get(0);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
