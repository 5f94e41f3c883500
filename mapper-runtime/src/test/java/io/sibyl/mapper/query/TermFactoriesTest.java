package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Events.AT;
import static io.sibyl.mapper.query.Events.BUCKET;
import static io.sibyl.mapper.query.Events.DAY;
import static io.sibyl.mapper.query.Events.NAME;
import static io.sibyl.mapper.query.Events.SEQ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.metamodel.Assignment;
import io.sibyl.mapper.metamodel.ClusteringRef;
import io.sibyl.mapper.metamodel.ClusteringTuple2;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.Operator;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.metamodel.Token;
import io.sibyl.mapper.metamodel.TokenRestriction;
import io.sibyl.mapper.metamodel.TupleRestriction;
import io.sibyl.mapper.query.Events.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public factories of the DSL's terms, which the metamodel's columns call from their own
 * package: they refuse what the columns never make.
 */
class TermFactoriesTest {

  private final Token<Event> token = Token.of(DAY, BUCKET);
  private final ClusteringTuple2<Event, Long, Integer> atSeq = ClusteringRef.tuple(AT, SEQ);

  @Test
  void should_make_the_terms_the_columns_make() {
    assertThat(Restriction.of(NAME, Operator.EQ, "ada").cql()).isEqualTo(NAME.eq("ada").cql());
    assertThat(Assignment.of(NAME, Assignment.Kind.SET, "ada").cql())
        .isEqualTo(NAME.set("ada").cql());
    assertThat(TokenRestriction.of(token, Operator.GT, 5).cql()).isEqualTo(token.gt(5).cql());
    assertThat(TupleRestriction.of(atSeq, Operator.GT, List.<Object[]>of(new Object[] {1L, 2})))
        .hasToString(atSeq.gt(1L, 2).toString());
  }

  @Test
  void should_refuse_a_token_bound_that_is_not_a_range() {
    assertThatThrownBy(() -> TokenRestriction.of(token, Operator.EQ, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A token bound takes >, >=, < or <=, got = on token(day, bucket)");
  }

  @Test
  void should_refuse_the_minimum_token_as_an_upper_bound() {
    assertThatThrownBy(() -> TokenRestriction.of(token, Operator.LTE, Long.MIN_VALUE))
        .isInstanceOf(InvalidRestrictionException.class)
        .hasMessageStartingWith("token(day, bucket) <= " + Long.MIN_VALUE + " on events");
  }

  @Test
  void should_refuse_tuples_of_values_that_do_not_fit_the_columns() {
    assertThatThrownBy(
            () -> TupleRestriction.of(atSeq, Operator.GT, List.<Object[]>of(new Object[] {1L})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("(at, seq) takes 2 values per tuple");
    assertThatThrownBy(
            () ->
                TupleRestriction.of(
                    atSeq,
                    Operator.EQ,
                    List.<Object[]>of(new Object[] {1L, 2}, new Object[] {3L, 4})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("(at, seq) = takes one tuple of values (several for IN)");
  }

  @Test
  void should_refuse_a_collection_element_assignment_without_its_element() {
    assertThatThrownBy(() -> Assignment.of(NAME, Assignment.Kind.SET_ELEMENT, "ada"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An element of name is set with Assignment.element(...)");
  }
}
