package com.example.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Session;
import io.sibyl.junit.SibylTest;
import io.sibyl.mapper.Mapper;
import java.io.File;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The mapper runtime and sibyl-junit on the shaded driver, their own sibyl-protocol-driver
 * dependency excluded: a repository the processor generated, the query DSL and a Mapper that
 * sibyl-junit built with the schema applied, next to Netty 4.1.
 */
@SibylTest(entities = Parcel.class)
class ShadedMapperTest {
  private static final Instant SENT = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Test
  void should_run_on_the_shaded_driver_alone(Session session) {
    List<String> classPath =
        Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));

    assertThat(classPath).anyMatch(entry -> entry.contains("sibyl-protocol-driver-shaded"));
    assertThat(classPath)
        .noneMatch(entry -> new File(entry).getName().startsWith("sibyl-protocol-driver-0"));
    assertThat(session.getClass().getProtectionDomain().getCodeSource().getLocation().getPath())
        .contains("sibyl-protocol-driver-shaded");
  }

  @Test
  void should_save_read_and_delete_through_the_generated_repository(Mapper mapper)
      throws Exception {
    ParcelRepository parcels = mapper.repository(ParcelRepository.class);
    Parcel first =
        new Parcel(
            "s1", 1, SENT, new Parcel.Address("1 Main St", "Springfield"), List.of("fragile"));
    Parcel second = new Parcel("s1", 2, SENT, null, List.of());

    parcels.save(first);
    parcels.saveAsync(second).toCompletableFuture().get(30, TimeUnit.SECONDS);

    assertThat(parcels.find("s1", 1)).contains(first);
    assertThat(parcels.ofShipment("s1")).containsExactly(first, second);
    parcels.delete(first);
    assertThat(parcels.find("s1", 1)).isEmpty();
  }

  @Test
  void should_query_with_the_generated_metamodel(Mapper mapper) {
    ParcelRepository parcels = mapper.repository(ParcelRepository.class);
    for (int seq = 1; seq <= 5; seq++) {
      parcels.save(new Parcel("s2", seq, SENT, null, List.of("n" + seq)));
    }

    List<Parcel> late =
        Parcel_.table(mapper)
            .select()
            .where(Parcel_.SHIPMENT.eq("s2"), Parcel_.SEQ.gte(3))
            .orderBy(Parcel_.SEQ.desc())
            .list();

    assertThat(late).extracting(Parcel::seq).containsExactly(5, 4, 3);
    assertThat(Parcel_.table(mapper).select().where(Parcel_.SHIPMENT.eq("s2")).count())
        .isEqualTo(5);
  }
}
