package io.sibyl.it.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.it.mapper.model.Money;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.query.UpdateQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The query DSL binds single collection elements, map keys and values, sets of keys and {@code IN}
 * lists with the column's own codecs (the mapper of a {@code @Udt} type, a user codec) against a
 * real node.
 */
class QueryDslUdtElementsIT extends SessionITBase {

  private static final Stop PARIS = new Stop("paris", 1);
  private static final Stop ROME = new Stop("rome", 2);
  private static final Stop OSLO = new Stop("oslo", 3);
  private static final Stop LIMA = new Stop("lima", 4);

  private static QueryTable<Itinerary> itineraries;
  private static QueryTable<Fare> fares;

  @BeforeAll
  static void createSchema() {
    Mapper mapper = Mapper.builder(session).schemaEntities(Itinerary.class, Fare.class).build();
    mapper.schema().apply();
    itineraries = Itinerary_.table(mapper);
    fares = Fare_.table(mapper);
  }

  @BeforeEach
  void fill() {
    session.execute("TRUNCATE dsl_itineraries");
    itineraries.save(
        new Itinerary(
            "ada",
            PARIS,
            List.of(PARIS, ROME),
            Set.of(PARIS, ROME),
            Map.of("paris", PARIS, "rome", ROME)));
    itineraries.save(new Itinerary("ada", OSLO, List.of(OSLO), Set.of(OSLO), Map.of("oslo", OSLO)));
    itineraries.save(new Itinerary("bob", LIMA, List.of(LIMA), Set.of(LIMA), Map.of("lima", LIMA)));
  }

  @Test
  void should_restrict_collections_by_udt_elements_keys_and_values() {
    assertThat(starts(Itinerary_.LEGS.contains(ROME))).containsExactly(PARIS);
    assertThat(starts(Itinerary_.VISITED.contains(OSLO))).containsExactly(OSLO);
    assertThat(starts(Itinerary_.BY_CITY.contains(ROME))).containsExactly(PARIS);
    assertThat(starts(Itinerary_.BY_CITY.containsKey("oslo"))).containsExactly(OSLO);
    assertThat(starts(Itinerary_.LEGS.contains(LIMA))).isEmpty();
  }

  @Test
  void should_select_udt_clustering_values_in_a_list() {
    List<Itinerary> found =
        itineraries
            .select()
            .where(Itinerary_.TRAVELLER.eq("ada"), Itinerary_.START.in(OSLO, LIMA, PARIS))
            .list();

    assertThat(found).extracting(Itinerary::start).containsExactlyInAnyOrder(PARIS, OSLO);
    assertThat(
            itineraries
                .select()
                .where(Itinerary_.TRAVELLER.in("ada", "bob"), Itinerary_.START.in(List.of(LIMA)))
                .list())
        .extracting(Itinerary::traveller)
        .containsExactly("bob");
  }

  @Test
  void should_select_custom_codec_clustering_values_in_a_list() {
    Money cheap = new Money(new BigDecimal("9.50"), "EUR");
    Money dear = new Money(new BigDecimal("120.00"), "EUR");
    fares.save(new Fare("paris-rome", cheap));
    fares.save(new Fare("paris-rome", dear));

    List<Fare> found =
        fares
            .select()
            .where(
                Fare_.ROUTE.eq("paris-rome"),
                Fare_.PRICE.in(cheap, new Money(BigDecimal.ONE, "USD")))
            .list();

    assertThat(found).extracting(Fare::price).containsExactly(cheap);
  }

  @Test
  void should_replace_a_list_element_and_remove_one() {
    updateOf(PARIS).set(Itinerary_.LEGS.setAt(1, LIMA)).execute();
    assertThat(paris().legs()).containsExactly(PARIS, LIMA);

    updateOf(PARIS).set(Itinerary_.LEGS.remove(PARIS)).execute();
    assertThat(paris().legs()).containsExactly(LIMA);
  }

  @Test
  void should_put_and_remove_one_map_entry() {
    updateOf(PARIS).set(Itinerary_.BY_CITY.put("oslo", OSLO)).execute();
    assertThat(paris().byCity())
        .containsOnlyKeys("paris", "rome", "oslo")
        .containsEntry("oslo", OSLO);

    updateOf(PARIS).set(Itinerary_.BY_CITY.removeKey("paris")).execute();
    assertThat(paris().byCity()).containsOnlyKeys("rome", "oslo");
  }

  @Test
  void should_delete_a_list_element_and_a_map_entry() {
    itineraries
        .delete()
        .elements(Itinerary_.LEGS.at(0), Itinerary_.BY_CITY.key("rome"))
        .where(Itinerary_.TRAVELLER.eq("ada"), Itinerary_.START.eq(PARIS))
        .execute();

    Itinerary paris = paris();
    assertThat(paris.legs()).containsExactly(ROME);
    assertThat(paris.byCity()).containsOnlyKeys("paris");
  }

  private static List<Stop> starts(Restriction<Itinerary> restriction) {
    return itineraries
        .select()
        .where(Itinerary_.TRAVELLER.eq("ada"), restriction)
        .allowFiltering()
        .list()
        .stream()
        .map(Itinerary::start)
        .toList();
  }

  private static UpdateQuery<Itinerary> updateOf(Stop start) {
    return itineraries.update().where(Itinerary_.TRAVELLER.eq("ada"), Itinerary_.START.eq(start));
  }

  private static Itinerary paris() {
    return itineraries.get("ada", PARIS);
  }
}
