package io.sibyl.mapper.query;

import static io.sibyl.mapper.query.Events.DAY;
import static io.sibyl.mapper.query.Events.NAME;
import static io.sibyl.mapper.query.Events.SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.TableMetamodel;
import io.sibyl.mapper.query.Events.Event;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The restrictions a metamodel fixes, as the subtypes of polymorphic tables do. */
class FixedRestrictionsTest {

  /** Events whose score is 7, as a subtype's metamodel restricts its discriminator. */
  private static final TableMetamodel<Event> SEVENS =
      new TableMetamodel<>(
          Events.TABLE,
          "",
          "events",
          Events.MODEL.columns(),
          (bs, entity, at, setNulls) -> {},
          List.of(SCORE.eq(7)));

  private final QueryTable<Event> sevens = QueryTable.unbound(SEVENS, "ks");

  @Test
  void should_start_selects_and_counts_from_the_fixed_restrictions() {
    SelectQuery<Event, Event> query = sevens.select().where(DAY.eq("d"));

    assertThat(query.cql()).endsWith(" FROM ks.events WHERE score = ? AND day = ?");
    assertThat(query.countCql())
        .isEqualTo("SELECT count(*) FROM ks.events WHERE score = ?" + " AND day = ?");
    assertThat(sevens.select(NAME).cql()).isEqualTo("SELECT name FROM ks.events WHERE score = ?");
    assertThat(sevens.select().validate().cql()).endsWith(" WHERE score = ?");
  }

  @Test
  void should_add_the_fixed_restrictions_to_gets_by_key_only() {
    assertThatThrownBy(() -> sevens.get("d", 1, 2L, 3))
        .hasMessageContaining("WHERE day = ? AND bucket = ? AND at = ? AND seq = ? AND score = ?");
    assertThatThrownBy(() -> sevens.deleteByKey("d", 1, 2L, 3))
        .hasMessageEndingWith("WHERE day = ? AND bucket = ? AND at = ? AND seq = ?");
  }

  @Test
  void should_leave_other_metamodels_unrestricted() {
    assertThat(Events.MODEL.fixedRestrictions()).isEmpty();
    assertThat(Events.table().select().cql()).doesNotContain("WHERE");
  }

  @Test
  @SuppressWarnings("unchecked")
  void should_refuse_a_fixed_restriction_on_another_table() {
    TableDescriptor<Event> copy =
        (TableDescriptor<Event>)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TableDescriptor.class},
                (proxy, method, args) -> method.invoke(Events.TABLE, args));

    assertThatThrownBy(
            () ->
                new TableMetamodel<>(
                    copy,
                    "",
                    "events",
                    Events.MODEL.columns(),
                    (bs, entity, at, setNulls) -> {},
                    List.of(SCORE.eq(7))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score");
  }
}
