package io.sibyl.spring.boot;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code sibyl.contact-points} is empty, in any of its forms (list, indexed, CSV), and
 * no cloud secure connect bundle gives them.
 */
final class NoContactPointsCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    List<String> contactPoints =
        Binder.get(context.getEnvironment())
            .bind("sibyl.contact-points", Bindable.listOf(String.class))
            .orElse(List.of());
    if (context.getEnvironment().containsProperty("sibyl.cloud.secure-connect-bundle")) {
      return ConditionOutcome.noMatch("sibyl.cloud.secure-connect-bundle is set");
    }
    return contactPoints.isEmpty()
        ? ConditionOutcome.match("no sibyl.contact-points set")
        : ConditionOutcome.noMatch("sibyl.contact-points is set: " + contactPoints);
  }
}
