package test;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.bulk.BulkOptions;
import io.sibyl.mapper.bulk.BulkResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

@Repository
public interface ReadingRepository {
  BulkResult<Reading> saveAll(Iterable<Reading> readings);

  BulkResult<Reading> saveAll(Stream<Reading> readings, BulkOptions options);

  CompletionStage<BulkResult<Reading>> saveAllAsync(Stream<? extends Reading> readings);

  void saveAllOrThrow(List<Reading> readings, BulkOptions options);

  @Insert(nullSaving = NullSavingStrategy.DO_NOT_SET)
  CompletableFuture<BulkResult<Reading>> importAsync(Iterable<Reading> readings);
}
