package io.sibyl.micrometer;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.sibyl.mapper.observe.RepositoryObserver;

/**
 * Reports each repository call and query-DSL operation as an observation {@code
 * sibyl.repository.calls} with the low-cardinality keys {@code repository}, {@code method} and
 * {@code outcome} (so its timer has those tags).
 */
final class ObservingRepositoryObserver implements RepositoryObserver {
  private static final KeyValue SUCCESS =
      KeyValue.of(SibylMeterNames.OUTCOME, SibylMeterNames.SUCCESS);

  private final ObservationRegistry observations;

  ObservingRepositoryObserver(ObservationRegistry observations) {
    this.observations = observations;
  }

  @Override
  public Object start(String repository, String method) {
    return Observation.createNotStarted(SibylMeterNames.REPOSITORY_CALLS, observations)
        .contextualName(repository + "." + method)
        .lowCardinalityKeyValue("repository", repository)
        .lowCardinalityKeyValue("method", method)
        .start();
  }

  @Override
  public void stop(Object context, Throwable error) {
    if (!(context instanceof Observation observation)) {
      return;
    }
    if (error == null) {
      observation.lowCardinalityKeyValue(SUCCESS);
    } else {
      observation.lowCardinalityKeyValue(SibylMeterNames.OUTCOME, error.getClass().getSimpleName());
      observation.error(error);
    }
    observation.stop();
  }
}
