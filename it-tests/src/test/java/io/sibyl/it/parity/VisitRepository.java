package io.sibyl.it.parity;

import io.sibyl.mapper.NotFoundException;
import io.sibyl.mapper.TooManyResultsException;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import java.util.concurrent.CompletionStage;

/** Visits, read with the typed not-found and too-many-results checks a method declares. */
@Repository
public interface VisitRepository {

  // tag::repository[]
  /** The visit of a key; {@link NotFoundException} when there is none. */
  Visit findByMemberAndSeq(String member, int seq) throws NotFoundException;

  /** The member's only visit, or null; {@link TooManyResultsException} when there are several. */
  Visit findByMember(String member) throws TooManyResultsException;

  /** The member's only visit; both checks. */
  @Query("SELECT * FROM parity_visits WHERE member = :member")
  CompletionStage<Visit> onlyVisitOf(String member)
      throws NotFoundException, TooManyResultsException;
  // end::repository[]
}
