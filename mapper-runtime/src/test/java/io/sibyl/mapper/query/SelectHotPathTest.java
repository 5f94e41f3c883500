package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Events.BUCKET;
import static io.sibyl.mapper.query.Events.DAY;
import static io.sibyl.mapper.query.Events.NAME;
import static io.sibyl.mapper.query.Events.SCORE;
import static io.sibyl.mapper.query.Events.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.internal.query.SelectChecks;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.Relation;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.query.Events.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the DSL's per-request select path relies on: restriction copies and the null checks. */
class SelectHotPathTest {

  @Test
  void should_copy_a_restriction_into_an_equal_new_one() {
    Restriction<Event> key = DAY.eq("d");
    Restriction<Event> in = BUCKET.in(1, 2);
    Restriction<Event> like = NAME.like("ad%");

    for (Restriction<Event> restriction : List.of(key, in, like)) {
      Restriction<Event> copy = restriction.copy();
      assertThat(copy).isNotSameAs(restriction);
      assertThat(copy.cql()).isEqualTo(restriction.cql());
      assertThat(copy.column()).isSameAs(restriction.column());
      assertThat(copy.operator()).isSameAs(restriction.operator());
      assertThat(copy.value()).isSameAs(restriction.value());
      assertThat(copy.isOnColumn()).isEqualTo(restriction.isOnColumn());
      assertThat(copy).hasToString(restriction.toString());
    }
  }

  @Test
  void should_find_like_patterns_among_the_values_it_checks() {
    List<Relation<Event>> where = List.of(DAY.eq("d"));

    assertThat(SelectChecks.checkNullsFindLike(TABLE, where, BUCKET.eq(1))).isFalse();
    assertThat(SelectChecks.checkNullsFindLike(TABLE, where, null)).isFalse();
    assertThat(SelectChecks.checkNullsFindLike(TABLE, where, NAME.like("ad%"))).isTrue();
    assertThat(SelectChecks.checkNullsFindLike(TABLE, List.of(NAME.like("ad%")), SCORE.gt(3)))
        .isTrue();
  }

  @Test
  void should_refuse_a_null_value_wherever_it_is() {
    assertThatThrownBy(
            () -> SelectChecks.checkNullsFindLike(TABLE, List.of(DAY.eq("d")), BUCKET.eq(null)))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("bucket")
        .hasMessageContaining("= null");
    assertThatThrownBy(
            () -> SelectChecks.checkNullsFindLike(TABLE, List.of(DAY.eq(null)), BUCKET.eq(1)))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageContaining("day");
  }
}
