package io.sibyl.mapper.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PartitionGroupsTest {
  // A write "p1:a" is entity a of partition p1; partitions p1 and p3 live on node A, p2 on node B.
  private static final Function<String, Object> PARTITION = w -> w.substring(0, w.indexOf(':'));
  private static final Function<String, Object> REPLICA =
      w -> w.startsWith("p2") ? "B" : w.startsWith("px") ? null : "A";

  @Test
  void should_send_each_write_alone_when_batches_are_off() {
    List<List<String>> units =
        PartitionGroups.group(List.of("p1:a", "p1:b", "p3:c"), 1, PARTITION, w -> "A");

    assertThat(units).containsExactly(List.of("p1:a"), List.of("p1:b"), List.of("p3:c"));
  }

  @Test
  void should_group_writes_of_one_partition_into_batches_no_larger_than_the_cap() {
    List<List<String>> units =
        PartitionGroups.group(
            List.of("p1:a", "p3:x", "p1:b", "p1:c", "p1:d", "p1:e"), 2, PARTITION, w -> "A");

    assertThat(units)
        .containsExactly(
            List.of("p1:a", "p1:b"), List.of("p1:c", "p1:d"), List.of("p1:e"), List.of("p3:x"));
  }

  @Test
  void should_send_a_write_of_unknown_partition_alone() {
    List<List<String>> units =
        PartitionGroups.group(
            List.of("p1:a", "?:b", "p1:c"), 4, w -> w.startsWith("?") ? null : "p1", w -> "A");

    assertThat(units).containsExactly(List.of("?:b"), List.of("p1:a", "p1:c"));
  }

  @Test
  void should_interleave_requests_of_different_replicas_and_keep_every_write_once() {
    List<String> window = List.of("p1:a", "p1:b", "p3:c", "p3:d", "p2:e", "px:f", "p2:g");
    List<List<String>> units = PartitionGroups.group(window, 1, PARTITION, REPLICA);

    assertThat(units)
        .containsExactly(
            List.of("p1:a"),
            List.of("p2:e"),
            List.of("px:f"),
            List.of("p1:b"),
            List.of("p2:g"),
            List.of("p3:c"),
            List.of("p3:d"));
    assertThat(units.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(window);
  }
}
