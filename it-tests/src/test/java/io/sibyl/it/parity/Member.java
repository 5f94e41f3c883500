package io.sibyl.it.parity;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A club member, for changed-column updates and named connections: scalars and collections. */
@Table(name = "parity_members")
public record Member(
    @PartitionKey UUID id,
    String name,
    String email,
    int visits,
    List<String> history,
    Set<String> tags,
    Map<String, Integer> scores) {

  /** This member with another name. */
  public Member withName(String newName) {
    return new Member(id, newName, email, visits, history, tags, scores);
  }

  /** This member with other collections. */
  public Member withCollections(
      List<String> newHistory, Set<String> newTags, Map<String, Integer> newScores) {
    return new Member(id, name, email, visits, newHistory, newTags, newScores);
  }
}
