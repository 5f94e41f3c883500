package io.sibyl.spring.boot;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code sibyl.contact-points} is empty, in any of its forms (list, indexed, CSV). */
final class NoContactPointsCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    List<String> contactPoints =
        Binder.get(context.getEnvironment())
            .bind("sibyl.contact-points", Bindable.listOf(String.class))
            .orElse(List.of());
    return contactPoints.isEmpty()
        ? ConditionOutcome.match("no sibyl.contact-points set")
        : ConditionOutcome.noMatch("sibyl.contact-points is set: " + contactPoints);
  }
}
