package io.sibyl.it.bulk;

import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.bulk.BulkOptions;
import io.sibyl.mapper.bulk.BulkResult;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

// tag::repository[]
/** Bulk saves declared in a repository: the processor implements them on the bulk writer. */
@Repository
public interface EventRepository {
  /** Saves the events, 64 requests in flight at most; the result lists each one not written. */
  BulkResult<Event> saveAll(Iterable<Event> events);

  /** Saves the events of a stream, read lazily, with the given options. */
  BulkResult<Event> saveAll(Stream<Event> events, BulkOptions options);

  /** {@link #saveAll(Iterable)} without blocking. */
  CompletionStage<BulkResult<Event>> saveAllAsync(Stream<Event> events);

  /** Saves the events; throws {@code BulkWriteException} if one was not written. */
  void saveAllOrThrow(List<Event> events);
}
// end::repository[]
