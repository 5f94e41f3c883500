package io.sibyl.mapper.processor.step;

import io.sibyl.mapper.annotations.Udt;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.generate.FactoryServices;
import io.sibyl.mapper.processor.generate.GeneratedNames;
import io.sibyl.mapper.processor.generate.SchemaModelGenerator;
import io.sibyl.mapper.processor.generate.SchemaResources;
import io.sibyl.mapper.processor.generate.SourceWriter;
import io.sibyl.mapper.processor.generate.UdtGenerator;
import io.sibyl.mapper.processor.generate.UdtMetamodelGenerator;
import io.sibyl.mapper.processor.model.UdtModel;
import io.sibyl.mapper.processor.parse.ProcessorContext;
import io.sibyl.mapper.processor.parse.UdtParser;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;

/** {@code @Udt} types: parse, report, write {@code AddressUdt} and the type's DDL as a resource. */
public final class UdtStep extends ProcessingStep {

  private final UdtParser parser;
  private final SourceWriter writer;
  private final FactoryServices schemaServices;
  private final SchemaResources schemaResources;

  /**
   * A step writing through {@code writer}, registering schema models in {@code schemaServices} and
   * each type's DDL in {@code schemaResources}.
   */
  public UdtStep(
      ProcessorContext context,
      Messager messager,
      SourceWriter writer,
      FactoryServices schemaServices,
      SchemaResources schemaResources) {
    super(Udt.class, messager);
    this.parser = new UdtParser(context);
    this.writer = writer;
    this.schemaServices = schemaServices;
    this.schemaResources = schemaResources;
  }

  @Override
  protected void process(TypeElement type, Diagnostics diagnostics) {
    UdtModel udt = parser.parse(type, diagnostics);
    if (udt != null) {
      writer.write(udt.type().packageName(), UdtGenerator.generate(udt), udt.type(), type);
      writer.write(udt.type().packageName(), SchemaModelGenerator.udt(udt), udt.type(), type);
      writer.write(udt.type().packageName(), UdtMetamodelGenerator.generate(udt), udt.type(), type);
      schemaServices.add(
          GeneratedNames.schemaContributor(GeneratedNames.udt(udt.type())).reflectionName());
      schemaResources.add(udt, type);
    }
  }
}
