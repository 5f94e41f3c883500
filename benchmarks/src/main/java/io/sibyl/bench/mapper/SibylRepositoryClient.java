package io.sibyl.bench.mapper;

import io.sibyl.bench.load.DriverClient;
import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.StatementPreparation;
import java.util.concurrent.CompletionStage;

/**
 * The workload through Sibyl's generated {@link KvRepository} ({@code save}, {@code findById} and
 * their async forms). The session belongs to the caller.
 */
public final class SibylRepositoryClient implements DriverClient {
  private final KvRepository repository;

  /** Builds a mapper on {@code session} and prepares the repository's statements. */
  public SibylRepositoryClient(Session session) {
    this.repository =
        Mapper.builder(session)
            .preparation(StatementPreparation.EAGER)
            .build()
            .repository(KvRepository.class);
  }

  @Override
  public String name() {
    return "sibyl repository";
  }

  @Override
  public void insert(int id) {
    repository.save(KvRow.of(id));
  }

  @Override
  public long select(int id) {
    return KvRow.checksum(repository.findById(id));
  }

  @Override
  public CompletionStage<?> insertAsync(int id) {
    return repository.saveAsync(KvRow.of(id));
  }

  @Override
  public CompletionStage<?> selectAsync(int id) {
    return repository.findByIdAsync(id);
  }

  @Override
  public long consume(Object selectResult) {
    return KvRow.checksum((KvRow) selectResult);
  }

  /** Does nothing: the session belongs to the caller. */
  @Override
  public void close() {}
}
