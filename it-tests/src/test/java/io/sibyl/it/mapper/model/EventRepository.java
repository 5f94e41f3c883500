package io.sibyl.it.mapper.model;

import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.PagingIterable;
import io.sibyl.mapper.QueryOptions;
import io.sibyl.mapper.annotations.CallOption;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/** Paged reads of {@link Event}. */
@Repository
public interface EventRepository {
  @Insert
  CompletionStage<Void> save(Event event);

  @Select
  PagingIterable<Event> pages(String source, QueryOptions options);

  @Select
  PagingIterable<Event> pages(
      String source,
      @CallOption(CallOption.Kind.PAGE_SIZE) int pageSize,
      @CallOption(CallOption.Kind.PAGING_STATE) ByteBuffer pagingState);

  @Select
  CompletionStage<AsyncPage<Event>> page(
      String source,
      @CallOption(CallOption.Kind.PAGE_SIZE) int pageSize,
      @CallOption(CallOption.Kind.PAGING_STATE) ByteBuffer pagingState);

  @Select
  List<Event> all(String source, @CallOption(CallOption.Kind.PAGE_SIZE) int pageSize);

  @Select
  CompletionStage<List<Event>> allAsync(
      String source, @CallOption(CallOption.Kind.PAGE_SIZE) int pageSize);

  @Select
  Stream<Event> stream(String source, @CallOption(CallOption.Kind.PAGE_SIZE) int pageSize);

  @Select
  PagingIterable<Event> pagesOfProfile(
      String source, @CallOption(CallOption.Kind.EXECUTION_PROFILE) String profile);

  @Select(where = "source = :source AND seq >= :from", limit = ":max")
  List<Event> from(String source, int from, int max, QueryOptions options);
}
