package io.sibyl.mapper.processor.step;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.processor.ProcessingStep;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.parse.MoreElements;
import java.lang.annotation.Annotation;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Discriminator} types: only checks that they are {@code @Table} types too. The table step
 * maps those.
 */
public final class DiscriminatorStep implements ProcessingStep {

  private final Messager messager;

  /** A step reporting to {@code messager}. */
  public DiscriminatorStep(Messager messager) {
    this.messager = messager;
  }

  @Override
  public Class<? extends Annotation> annotation() {
    return Discriminator.class;
  }

  @Override
  public boolean process(TypeElement type, boolean lastRound) {
    if (type.getAnnotation(Table.class) == null) {
      Diagnostics diagnostics = new Diagnostics();
      diagnostics.report(
          Message.DISCRIMINATOR_WITHOUT_TABLE,
          type,
          MoreElements.mirror(type, Discriminator.class).orElse(null),
          null,
          type.getSimpleName());
      diagnostics.printTo(messager);
    }
    return true;
  }
}
