package io.sibyl.it.docs.cqlengine;

import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import java.time.Instant;
import java.util.List;

/** The repository of docs/mapper/coming-from-cqlengine.md. */
// tag::repository[]
@Repository
public interface PersonRepository {
  List<Person> findByTeam(String team); // Person.objects(team=team), checked at compile time

  List<Person> findByCity(String city); // served by @Index

  @Query("SELECT * FROM cqe_people WHERE team = :team AND joined >= :since")
  List<Person> joinedSince(String team, Instant since);
}
// end::repository[]
