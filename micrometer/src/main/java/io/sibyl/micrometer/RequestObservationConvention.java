package io.sibyl.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of requests; implement it (or extend {@link
 * DefaultRequestObservationConvention}) to change them, and pass it to {@link
 * SibylObservability.Builder#requestConvention}.
 */
public interface RequestObservationConvention
    extends ObservationConvention<RequestObservationContext> {
  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof RequestObservationContext;
  }
}
