package io.sibyl.mapper.processor.step;

import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.parse.MoreElements;
import io.sibyl.mapper.processor.parse.Polymorphism;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @DiscriminatorValue} types: only checks that they directly extend or implement a
 * {@code @Discriminator} type. The table step maps them, with their base.
 */
public final class DiscriminatorValueStep extends ProcessingStep {

  /** A step reporting to {@code messager}. */
  public DiscriminatorValueStep(Messager messager) {
    super(DiscriminatorValue.class, messager);
  }

  /** Nothing: the table step (or javac) reports the unresolved type. */
  @Override
  protected void reportUnresolved(TypeElement type, Element member, Diagnostics diagnostics) {}

  @Override
  protected void process(TypeElement type, Diagnostics diagnostics) {
    // Rule: a subtype names its value only under a @Discriminator base it extends, directly or
    // through sealed intermediate types.
    if (Polymorphism.discriminatedSupertype(type) == null) {
      diagnostics.report(
          Message.DISCRIMINATOR_VALUE_ORPHAN,
          type,
          MoreElements.mirror(type, DiscriminatorValue.class).orElse(null),
          null,
          type.getSimpleName());
    }
  }
}
