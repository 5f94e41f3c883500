package io.sibyl.mapper.processor.step;

import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.processor.ProcessingStep;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.parse.MoreElements;
import io.sibyl.mapper.processor.parse.Polymorphism;
import java.lang.annotation.Annotation;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;

/**
 * {@code @DiscriminatorValue} types: only checks that they directly extend or implement a
 * {@code @Discriminator} type. The table step maps them, with their base.
 */
public final class DiscriminatorValueStep implements ProcessingStep {

  private final Messager messager;

  /** A step reporting to {@code messager}. */
  public DiscriminatorValueStep(Messager messager) {
    this.messager = messager;
  }

  @Override
  public Class<? extends Annotation> annotation() {
    return DiscriminatorValue.class;
  }

  @Override
  public boolean process(TypeElement type, boolean lastRound) {
    if (StepSupport.unresolved(type) != null) {
      // Defer; on the last round, the table step (or javac) reports the unresolved type.
      return lastRound;
    }
    Diagnostics diagnostics = new Diagnostics();
    if (Polymorphism.discriminatedSupertype(type) == null) {
      diagnostics.report(
          Message.DISCRIMINATOR_VALUE_ORPHAN,
          type,
          MoreElements.mirror(type, DiscriminatorValue.class).orElse(null),
          null,
          type.getSimpleName());
    }
    diagnostics.printTo(messager);
    return true;
  }
}
