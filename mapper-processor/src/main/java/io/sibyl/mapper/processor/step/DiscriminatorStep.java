package io.sibyl.mapper.processor.step;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.parse.MoreElements;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Discriminator} types: only checks that they are {@code @Table} types too. The table step
 * maps those.
 */
public final class DiscriminatorStep extends ProcessingStep {

  /** A step reporting to {@code messager}. */
  public DiscriminatorStep(Messager messager) {
    super(Discriminator.class, messager);
  }

  /** Nothing: the check reads annotations only, which unresolved member types do not hide. */
  @Override
  protected List<TypeElement> involved(TypeElement type) {
    return List.of();
  }

  @Override
  protected void process(TypeElement type, Diagnostics diagnostics) {
    // Rule: a discriminated hierarchy is a table; the table step maps it.
    if (type.getAnnotation(Table.class) == null) {
      diagnostics.report(
          Message.DISCRIMINATOR_WITHOUT_TABLE,
          type,
          MoreElements.mirror(type, Discriminator.class).orElse(null),
          null,
          type.getSimpleName());
    }
  }
}
