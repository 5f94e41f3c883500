package io.sibyl.driver.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamIdsTest {

  @Test
  void should_hand_out_every_id_once_then_refuse() {
    StreamIds ids = new StreamIds(32768);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 32768; i++) {
      int id = ids.acquire();
      assertThat(id).isBetween(0, 32767);
      assertThat(seen.add(id)).as("id %d handed out twice", id).isTrue();
    }
    assertThat(ids.acquire()).isEqualTo(-1);
    assertThat(ids.inUse()).isEqualTo(32768);
  }

  @Test
  void should_reuse_released_ids() {
    StreamIds ids = new StreamIds(64);
    for (int i = 0; i < 64; i++) {
      ids.acquire();
    }
    ids.release(17);
    ids.release(42);
    assertThat(ids.inUse()).isEqualTo(62);
    assertThat(Set.of(ids.acquire(), ids.acquire())).containsExactlyInAnyOrder(17, 42);
    assertThat(ids.acquire()).isEqualTo(-1);
  }

  @Test
  void should_refuse_a_double_release() {
    StreamIds ids = new StreamIds(64);
    int id = ids.acquire();
    ids.release(id);
    assertThatThrownBy(() -> ids.release(id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("released twice");
  }

  @Test
  void should_reject_a_capacity_that_is_not_a_multiple_of_64() {
    assertThatThrownBy(() -> new StreamIds(100)).isInstanceOf(IllegalArgumentException.class);
  }
}
