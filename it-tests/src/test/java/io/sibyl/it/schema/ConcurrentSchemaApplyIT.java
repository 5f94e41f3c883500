package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Session;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.SchemaChange;
import io.sibyl.mapper.schema.SchemaPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentSchemaApplyIT extends SessionITBase {

  @Test
  void should_apply_each_change_once_when_eight_instances_apply_at_once() throws Exception {
    int instances = 8;
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<SchemaPlan>> results = new ArrayList<>();
    try {
      for (int i = 0; i < instances; i++) {
        results.add(
            pool.submit(
                () -> {
                  try (Session own = newSession(b -> b.keyspace(keyspace))) {
                    Mapper mapper = Mapper.builder(own).schemaEntities(RaceEvent.class).build();
                    start.await();
                    return mapper.schema().apply();
                  }
                }));
      }
      start.countDown();
      List<SchemaChange> applied = new ArrayList<>();
      for (Future<SchemaPlan> result : results) {
        applied.addAll(result.get(5, TimeUnit.MINUTES).changes());
      }
      assertThat(applied).extracting(SchemaChange::target).doesNotHaveDuplicates().hasSize(2);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            Mapper.builder(session)
                .schemaEntities(RaceEvent.class)
                .build()
                .schema()
                .plan()
                .isEmpty())
        .isTrue();
  }
}
