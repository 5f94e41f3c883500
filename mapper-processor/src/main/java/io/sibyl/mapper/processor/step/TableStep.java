package io.sibyl.mapper.processor.step;

import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.processor.ProcessingStep;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.generate.FactoryServices;
import io.sibyl.mapper.processor.generate.GeneratedNames;
import io.sibyl.mapper.processor.generate.MetamodelGenerator;
import io.sibyl.mapper.processor.generate.SchemaModelGenerator;
import io.sibyl.mapper.processor.generate.SourceWriter;
import io.sibyl.mapper.processor.generate.TableGenerator;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.ProcessorContext;
import java.lang.annotation.Annotation;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;

/** {@code @Table} types: parse, report, write {@code UserTable} and {@code User_}. */
public final class TableStep implements ProcessingStep {

  private final ProcessorContext context;
  private final Messager messager;
  private final SourceWriter writer;
  private final FactoryServices schemaServices;

  /**
   * A step writing through {@code writer} and registering schema models in {@code schemaServices}.
   */
  public TableStep(
      ProcessorContext context,
      Messager messager,
      SourceWriter writer,
      FactoryServices schemaServices) {
    this.context = context;
    this.messager = messager;
    this.writer = writer;
    this.schemaServices = schemaServices;
  }

  @Override
  public Class<? extends Annotation> annotation() {
    return Table.class;
  }

  @Override
  public boolean process(TypeElement type, boolean lastRound) {
    Diagnostics diagnostics = new Diagnostics();
    Boolean ready = StepSupport.readiness(type, lastRound, diagnostics);
    if (ready == null) {
      return false;
    }
    Optional<TableModel> table =
        ready ? context.catalog().table(type, diagnostics) : Optional.empty();
    diagnostics.printTo(messager);
    table.ifPresent(
        model -> {
          writer.write(
              model.entity().packageName(), TableGenerator.generate(model), model.entity(), type);
          writer.write(
              model.entity().packageName(),
              SchemaModelGenerator.table(model),
              model.entity(),
              type);
          writer.write(
              model.entity().packageName(),
              MetamodelGenerator.generate(model),
              model.entity(),
              type);
          schemaServices.add(
              GeneratedNames.schemaContributor(GeneratedNames.table(model.entity()))
                  .reflectionName());
        });
    return true;
  }
}
