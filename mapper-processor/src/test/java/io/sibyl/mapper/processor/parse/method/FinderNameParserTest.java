package io.sibyl.mapper.processor.parse.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.processor.model.Operator;
import io.sibyl.mapper.processor.parse.method.FinderNameParser.Action;
import io.sibyl.mapper.processor.parse.method.FinderNameParser.Criterion;
import io.sibyl.mapper.processor.parse.method.FinderNameParser.Finder;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinderNameParserTest {

  private static final List<String> PROPERTIES =
      List.of("customerId", "customer", "orderDate", "status", "tags", "id");

  @Test
  void should_parse_equalities_and_ranges() throws Exception {
    Finder finder = FinderNameParser.parse("findByCustomerIdAndOrderDateGreaterThan", PROPERTIES);

    assertThat(finder.action()).isEqualTo(Action.FIND);
    assertThat(finder.criteria())
        .containsExactly(
            new Criterion("customerId", Operator.EQ, false),
            new Criterion("orderDate", Operator.GT, false));
    assertThat(finder.parameterCount()).isEqualTo(2);
  }

  @Test
  void should_prefer_the_longest_property() throws Exception {
    Finder finder = FinderNameParser.parse("countByCustomerId", PROPERTIES);

    assertThat(finder.action()).isEqualTo(Action.COUNT);
    assertThat(finder.criteria()).containsExactly(new Criterion("customerId", Operator.EQ, false));
  }

  @Test
  void should_parse_limits_orderings_and_filtering() throws Exception {
    Finder finder =
        FinderNameParser.parse(
            "findTop10ByCustomerIdOrderByOrderDateDescAllowFiltering", PROPERTIES);

    assertThat(finder.limit()).isEqualTo(10);
    assertThat(finder.orders()).containsExactly(new FinderNameParser.Order("orderDate", true));
    assertThat(finder.allowFiltering()).isTrue();
  }

  @Test
  void should_parse_between_as_two_parameters() throws Exception {
    Finder finder = FinderNameParser.parse("findByOrderDateBetween", PROPERTIES);

    assertThat(finder.criteria()).containsExactly(new Criterion("orderDate", Operator.GTE, true));
    assertThat(finder.parameterCount()).isEqualTo(2);
  }

  @Test
  void should_parse_collection_operators() throws Exception {
    assertThat(FinderNameParser.parse("existsByTagsContains", PROPERTIES).criteria())
        .containsExactly(new Criterion("tags", Operator.CONTAINS, false));
    assertThat(FinderNameParser.parse("deleteByIdIn", PROPERTIES).action())
        .isEqualTo(Action.DELETE);
  }

  @Test
  void should_parse_find_all() throws Exception {
    Finder finder = FinderNameParser.parse("findAll", PROPERTIES);

    assertThat(finder.criteria()).isEmpty();
    assertThat(FinderNameParser.looksDerived("findAll")).isTrue();
    assertThat(FinderNameParser.looksDerived("archive")).isFalse();
    assertThat(FinderNameParser.looksDerived("finder")).isFalse();
  }

  @Test
  void should_name_the_unknown_part() {
    assertThatThrownBy(() -> FinderNameParser.parse("findByNicknameAndStatus", PROPERTIES))
        .isInstanceOfSatisfying(
            FinderNameParser.NameException.class,
            e -> assertThat(e.segment()).isEqualTo("Nickname"));
  }
}
