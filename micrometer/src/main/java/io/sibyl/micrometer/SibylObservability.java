package io.sibyl.micrometer;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.metadata.NodeStateListener;
import java.util.Objects;

/**
 * Micrometer metrics and observations (traces) of a Sibyl session and its mapper, built on the
 * Observation API so that one instrumentation gives both.
 *
 * <pre>{@code
 * SibylObservability observability =
 *     SibylObservability.builder(meterRegistry)
 *         .observationRegistry(observationRegistry) // optional: e.g. Spring Boot's, with tracing
 *         .build();
 * Session session = observability.bind(Session.builder().addContactPoint(...)).build();
 * observability.sessionMetrics(session).bindTo(meterRegistry);
 * Mapper mapper = Mapper.builder(session)
 *     .repositoryObserver(observability.repositoryObserver())
 *     .build();
 * }</pre>
 *
 * <p>Each request is an observation {@code sibyl.requests}; its timer comes from the observation
 * registry's {@link DefaultMeterObservationHandler} (the registry this class creates when none is
 * given has one; a given one, such as Spring Boot's, is expected to). See {@link SibylMeterNames}
 * for every meter and tag. One instance serves one session.
 */
public final class SibylObservability {
  private final MeterRegistry meters;
  private final ObservationRegistry observations;
  private final NodeMeterListener nodeListener;
  private final ObservingRequestTracker tracker;

  private SibylObservability(Builder builder) {
    this.meters = builder.meters;
    if (builder.percentileHistograms) {
      meters.config().meterFilter(PercentileHistograms.FILTER);
    }
    this.observations =
        builder.observations != null ? builder.observations : meterObservations(meters);
    this.nodeListener = new NodeMeterListener(meters);
    this.tracker =
        new ObservingRequestTracker(meters, observations, builder.convention, nodeListener);
  }

  /** A builder reporting meters to {@code meters}. */
  public static Builder builder(MeterRegistry meters) {
    return new Builder(meters);
  }

  /**
   * Shortcut: adds the request tracker and the node listener of a new instance to {@code builder}
   * and returns the instance (bind its {@link #sessionMetrics session gauges} once the session is
   * built).
   *
   * @param observations the registry of the observations; its handlers must include a {@link
   *     DefaultMeterObservationHandler} for the request timer
   */
  public static SibylObservability bind(
      SessionBuilder builder, MeterRegistry meters, ObservationRegistry observations) {
    SibylObservability observability = builder(meters).observationRegistry(observations).build();
    observability.bind(builder);
    return observability;
  }

  /** Adds {@link #requestTracker()} and {@link #nodeStateListener()} to a session builder. */
  public SessionBuilder bind(SessionBuilder builder) {
    return builder.addRequestTracker(tracker).addNodeStateListener(nodeListener);
  }

  /** The request tracker: the observation of each request, and the request and node counters. */
  public RequestTracker requestTracker() {
    return tracker;
  }

  /** The node listener: registers each node's meters and removes them when the node leaves. */
  public NodeStateListener nodeStateListener() {
    return nodeListener;
  }

  /**
   * The gauges of a built session ({@code sibyl.throttle.queued}, and the meters of the nodes it
   * knows already); also lets request observations name the session's keyspace.
   */
  public MeterBinder sessionMetrics(Session session) {
    Objects.requireNonNull(session, "session");
    tracker.session(session);
    return new SessionMeters(session, nodeListener);
  }

  /**
   * An observer for {@code MapperBuilder.repositoryObserver}: reports {@code
   * sibyl.repository.calls}. Needs {@code sibyl-mapper-runtime} on the class path.
   */
  public io.sibyl.mapper.observe.RepositoryObserver repositoryObserver() {
    return new ObservingRepositoryObserver(observations);
  }

  /** The registry of the observations (the given one, or the one this instance created). */
  public ObservationRegistry observationRegistry() {
    return observations;
  }

  /** The registry of the meters. */
  public MeterRegistry meterRegistry() {
    return meters;
  }

  private static ObservationRegistry meterObservations(MeterRegistry meters) {
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return registry;
  }

  /** Publishes percentile histograms of the request and repository timers. */
  private static final class PercentileHistograms implements MeterFilter {
    static final MeterFilter FILTER = new PercentileHistograms();

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
      String name = id.getName();
      if (id.getType() == Meter.Type.TIMER
          && (name.equals(SibylMeterNames.REQUESTS)
              || name.equals(SibylMeterNames.REPOSITORY_CALLS))) {
        return DistributionStatisticConfig.builder()
            .percentilesHistogram(true)
            .build()
            .merge(config);
      }
      return config;
    }
  }

  /** Configures a {@link SibylObservability}. */
  public static final class Builder {
    private final MeterRegistry meters;
    private ObservationRegistry observations;
    private RequestObservationConvention convention = DefaultRequestObservationConvention.INSTANCE;
    private boolean percentileHistograms;

    private Builder(MeterRegistry meters) {
      this.meters = Objects.requireNonNull(meters, "meters");
    }

    /**
     * The registry of the observations, e.g. one with tracing handlers; it must also have a {@link
     * DefaultMeterObservationHandler} on {@link #build}'s meter registry for the timers. Default: a
     * new registry with just that handler (timers, no traces).
     */
    public Builder observationRegistry(ObservationRegistry observations) {
      this.observations = Objects.requireNonNull(observations, "observations");
      return this;
    }

    /**
     * Names and tags the request observations; default {@link DefaultRequestObservationConvention}.
     */
    public Builder requestConvention(RequestObservationConvention convention) {
      this.convention = Objects.requireNonNull(convention, "convention");
      return this;
    }

    /**
     * Whether the {@code sibyl.requests} and {@code sibyl.repository.calls} timers publish
     * percentile histograms (default false). Adds a meter filter to the meter registry.
     */
    public Builder percentileHistograms(boolean enabled) {
      this.percentileHistograms = enabled;
      return this;
    }

    /** The configured instance. */
    public SibylObservability build() {
      return new SibylObservability(this);
    }
  }
}
