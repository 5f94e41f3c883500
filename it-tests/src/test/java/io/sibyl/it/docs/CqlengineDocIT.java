package io.sibyl.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Consistency;
import io.sibyl.it.docs.cqlengine.Cat;
import io.sibyl.it.docs.cqlengine.Cat_;
import io.sibyl.it.docs.cqlengine.Dog;
import io.sibyl.it.docs.cqlengine.Person;
import io.sibyl.it.docs.cqlengine.PersonRepository;
import io.sibyl.it.docs.cqlengine.Person_;
import io.sibyl.it.docs.cqlengine.Pet;
import io.sibyl.it.docs.cqlengine.Pet_;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.query.Projection;
import io.sibyl.mapper.query.QueryBatch;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.schema.SchemaMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the code docs/mapper/coming-from-cqlengine.md shows, against the shared node: each Java
 * block of the page is a region of this file or of the models in {@code docs.cqlengine}.
 */
class CqlengineDocIT extends SessionITBase {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static Mapper mapper;
  private static QueryTable<Person> people;

  @BeforeAll
  static void syncTables() {
    // tag::sync[]
    Mapper mapper =
        Mapper.builder(session) // connection.setup(...) is the Session; see getting-started.md
            .schemaEntities(Person.class, Pet.class) // sync_table(Person), sync_table(Pet)
            .schemaMode(SchemaMode.APPLY_SAFE) // creates what is missing, never drops
            .build();
    // end::sync[]
    CqlengineDocIT.mapper = mapper;
    people = Person_.table(mapper);
  }

  @AfterAll
  static void closeMapper() {
    mapper.close();
  }

  @BeforeEach
  void truncate() {
    session.execute("TRUNCATE cqe_people");
    session.execute("TRUNCATE cqe_pets");
  }

  @Test
  void should_create_get_filter_and_count_people() {
    // tag::create[]
    QueryTable<Person> people = Person_.table(mapper);
    people.save(new Person("red", T0, "Ada", "London", Set.of("admin"), Map.of()));
    // Person.create(...) / person.save()
    Person ada = people.get("red", T0); // Person.get(team=..., joined=...); null when absent
    // end::create[]
    people.save(new Person("red", T0.plusSeconds(60), "Bob", "Paris", Set.of(), Map.of()));
    people.save(new Person("red", T0.plusSeconds(120), "Cy", "London", Set.of(), Map.of()));
    people.save(new Person("blue", T0, "Di", "Paris", Set.of(), Map.of()));

    // tag::filter[]
    List<Person> red =
        people
            .select()
            .where(Person_.TEAM.eq("red"), Person_.JOINED.gte(T0)) // filter(team=, joined__gte=)
            .orderBy(Person_.JOINED.asc()) // order_by('joined')
            .limit(2) // .limit(2)
            .list();
    long londoners = people.select().where(Person_.CITY.eq("London")).count(); // .count()
    List<Projection<Person>> names =
        people.select(Person_.FIRST_NAME).where(Person_.TEAM.eq("red")).list(); // only([...])
    // end::filter[]

    assertThat(ada.firstName()).isEqualTo("Ada");
    assertThat(red).extracting(Person::firstName).containsExactly("Ada", "Bob");
    assertThat(londoners).isEqualTo(2);
    assertThat(names)
        .extracting(p -> p.get(Person_.FIRST_NAME))
        .containsExactly("Cy", "Bob", "Ada");
  }

  @Test
  void should_update_delete_and_write_with_options() {
    // Written a minute in the past, so that the delete below (stamped now) is the latest write.
    long written = (System.currentTimeMillis() - 60_000) * 1000;
    people
        .insert(new Person("red", T0, "Ada", "London", Set.of("admin"), Map.of("go", 1)))
        .usingTimestamp(written)
        .execute();
    long micros = written + 1_000;

    // tag::update[]
    people
        .update()
        .set(Person_.CITY.set("Oxford"), Person_.TAGS.add(Set.of("ops"))) // city=, tags__add=
        .where(Person_.TEAM.eq("red"), Person_.JOINED.eq(T0))
        .usingTtl(3600) // .ttl(3600)
        .usingTimestamp(micros) // .timestamp(...)
        .consistency(Consistency.QUORUM) // .consistency(ConsistencyLevel.QUORUM)
        .execute();
    // end::update[]

    Person updated = people.get("red", T0);
    assertThat(updated.city()).isEqualTo("Oxford");
    assertThat(updated.tags()).containsExactlyInAnyOrder("admin", "ops");
    assertThat(
            session
                .execute("SELECT writetime(city) FROM cqe_people WHERE team = 'red'")
                .one()
                .getLong(0))
        .isEqualTo(micros);

    // tag::delete[]
    people.delete().where(Person_.TEAM.eq("red"), Person_.JOINED.eq(T0)).execute(); // .delete()
    // end::delete[]

    assertThat(people.get("red", T0)).isNull();
  }

  @Test
  void should_write_conditionally() {
    Person ada = new Person("red", T0, "Ada", "London", Set.of(), Map.of());

    // tag::lwt[]
    LwtResult<Person> created = people.insert(ada).ifNotExists().execute(); // .if_not_exists()
    LwtResult<Person> moved =
        people
            .update()
            .set(Person_.CITY.set("Leeds"))
            .where(Person_.TEAM.eq("red"), Person_.JOINED.eq(T0))
            .onlyIf(Person_.CITY.eq("Paris")) // .iff(city='Paris')
            .execute();
    if (!moved.wasApplied()) { // cqlengine raises LWTException; Sibyl returns the outcome
      moved.current().ifPresent(current -> System.out.println("still in " + current.city()));
    }
    // end::lwt[]

    assertThat(created.wasApplied()).isTrue();
    assertThat(moved.wasApplied()).isFalse();
    assertThat(moved.current()).map(Person::city).contains("London");
  }

  @Test
  void should_run_a_batch() {
    Person ada = new Person("red", T0, "Ada", "London", Set.of(), Map.of());
    Person bob = new Person("red", T0.plusSeconds(60), "Bob", "Paris", Set.of(), Map.of());

    // tag::batch[]
    try (QueryBatch batch = QueryBatch.logged(mapper)) { // with BatchQuery() as b:
      people.saveTo(batch, ada); // Person.batch(b).create(...)
      people.insert(bob).usingTtl(60).addTo(batch);
    } // executed on close, like leaving the with block
    // end::batch[]

    assertThat(people.select().where(Person_.TEAM.eq("red")).list())
        .extracting(Person::firstName)
        .containsExactly("Bob", "Ada");
  }

  @Test
  void should_read_pets_as_their_subtypes() {
    // tag::polymorphism[]
    QueryTable<Pet> pets = Pet_.table(mapper);
    pets.save(new Cat("ada", 1, "Tom", 9));
    pets.save(new Dog("ada", 2, "Rex", "collie"));
    List<Pet> all = pets.select().where(Pet_.OWNER.eq("ada")).list(); // a Cat and a Dog
    List<Cat> cats = Cat_.table(mapper).select().list(); // WHERE pet_type = 'cat'
    // end::polymorphism[]

    assertThat(all).hasSize(2);
    assertThat(all.get(0)).isInstanceOf(Cat.class);
    assertThat(all.get(1)).isInstanceOf(Dog.class);
    assertThat(cats).containsExactly(new Cat("ada", 1, "Tom", 9));
  }

  @Test
  void should_query_through_a_repository() {
    people.save(new Person("red", T0, "Ada", "London", Set.of(), Map.of()));
    people.save(new Person("red", T0.plusSeconds(60), "Bob", "Paris", Set.of(), Map.of()));

    // tag::repository-use[]
    PersonRepository repository = mapper.repository(PersonRepository.class);
    List<Person> recent = repository.joinedSince("red", T0.plusSeconds(30));
    // end::repository-use[]

    assertThat(recent).extracting(Person::firstName).containsExactly("Bob");
    assertThat(repository.findByCity("London"))
        .extracting(Person::firstName)
        .containsExactly("Ada");
    assertThat(repository.findByTeam("red")).hasSize(2);
  }
}
