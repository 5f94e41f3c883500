package io.sibyl.spring.boot;

import io.sibyl.driver.Session;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code sibyl} health (Spring Boot 3): UP while at least one node is up, with the nodes up per
 * data center ({@code "datacenter1": "1/1"}) and whether the live nodes agree on the schema; DOWN
 * when no node is up or the check's query fails. A schema disagreement (usually brief, after a
 * change) is reported in the details but does not make the health DOWN.
 */
public class SibylHealthIndicator extends AbstractHealthIndicator {

  private final Session session;

  /** The health of this session's cluster. */
  public SibylHealthIndicator(Session session) {
    super("Sibyl health check failed");
    this.session = session;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    SibylHealthCheck check = SibylHealthCheck.of(session);
    (check.up() ? builder.up() : builder.down()).withDetails(check.details());
  }
}
