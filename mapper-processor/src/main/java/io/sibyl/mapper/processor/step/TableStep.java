package io.sibyl.mapper.processor.step;

import com.palantir.javapoet.TypeSpec;
import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.generate.ConnectionGenerator;
import io.sibyl.mapper.processor.generate.FactoryServices;
import io.sibyl.mapper.processor.generate.GeneratedNames;
import io.sibyl.mapper.processor.generate.MetamodelGenerator;
import io.sibyl.mapper.processor.generate.PolymorphicTableGenerator;
import io.sibyl.mapper.processor.generate.SchemaModelGenerator;
import io.sibyl.mapper.processor.generate.SchemaResources;
import io.sibyl.mapper.processor.generate.SourceWriter;
import io.sibyl.mapper.processor.generate.TableGenerator;
import io.sibyl.mapper.processor.generate.WriteRulesGenerator;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.MoreElements;
import io.sibyl.mapper.processor.parse.Polymorphism;
import io.sibyl.mapper.processor.parse.ProcessorContext;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Table} types: parse, report, write {@code UserTable}, {@code User_}, their services and
 * the table's DDL as a resource. The base of a polymorphic table also brings {@code CarTable} and
 * {@code Car_} for each subtype.
 */
public final class TableStep extends ProcessingStep {

  private final ProcessorContext context;
  private final SourceWriter writer;
  private final FactoryServices schemaServices;
  private final FactoryServices metamodelServices;
  private final SchemaResources schemaResources;

  /**
   * A step writing through {@code writer}, registering schema models in {@code schemaServices},
   * metamodels in {@code metamodelServices} and each table's DDL in {@code schemaResources}.
   */
  public TableStep(
      ProcessorContext context,
      Messager messager,
      SourceWriter writer,
      FactoryServices schemaServices,
      FactoryServices metamodelServices,
      SchemaResources schemaResources) {
    super(Table.class, messager);
    this.context = context;
    this.writer = writer;
    this.schemaServices = schemaServices;
    this.metamodelServices = metamodelServices;
    this.schemaResources = schemaResources;
  }

  /** A subtype of a polymorphic table: its base maps it (and reports a misplaced @Table). */
  @Override
  protected boolean isHandledElsewhere(TypeElement type) {
    return Polymorphism.discriminatedSupertype(type) != null;
  }

  /** The type, and the permitted subtypes of a polymorphic base, which is mapped with them. */
  @Override
  protected List<TypeElement> involved(TypeElement type) {
    List<TypeElement> involved = new ArrayList<>(List.of(type));
    if (Polymorphism.isPolymorphic(type)) {
      involved.addAll(Polymorphism.permittedSubtypes(type));
    }
    return involved;
  }

  @Override
  protected void process(TypeElement type, Diagnostics diagnostics) {
    String connection = type.getAnnotation(Table.class).connection();
    // Rule: a connection name is looked up as written; spaces around it are a typo.
    if (!connection.isEmpty() && (connection.isBlank() || !connection.strip().equals(connection))) {
      AnnotationMirror mirror = MoreElements.mirror(type, Table.class).orElse(null);
      diagnostics.report(
          Message.TABLE_CONNECTION_INVALID,
          type,
          mirror,
          MoreElements.value(mirror, "connection"),
          connection);
      return;
    }
    context
        .catalog()
        .table(type, diagnostics)
        .ifPresent(model -> write(model, type, involved(type), connection));
  }

  private void write(
      TableModel model, TypeElement type, List<TypeElement> involved, String connection) {
    Element[] subtypes = involved.subList(1, involved.size()).toArray(Element[]::new);
    String packageName = model.entity().packageName();
    TypeSpec.Builder descriptor =
        model.isPolymorphic()
            ? PolymorphicTableGenerator.generate(model)
            : TableGenerator.generate(model);
    if (!connection.isEmpty()) {
      descriptor.addMethod(ConnectionGenerator.method(connection));
    }
    WriteRulesGenerator.addTo(descriptor, model, context.catalog().writeRules(model.entity()));
    writer.write(packageName, descriptor, model.entity(), type, subtypes);
    writer.write(packageName, SchemaModelGenerator.table(model), model.entity(), type, subtypes);
    writeMetamodel(model, type, subtypes);
    schemaResources.add(model, involved.toArray(Element[]::new));
    schemaServices.add(
        GeneratedNames.schemaContributor(GeneratedNames.table(model.entity())).reflectionName());
    if (model.isPolymorphic()) {
      for (int i = 0; i < subtypes.length; i++) {
        TableModel subtype = model.discriminator().subtypes().get(i);
        TypeSpec.Builder subtypeDescriptor = TableGenerator.generate(subtype);
        if (!connection.isEmpty()) {
          subtypeDescriptor.addMethod(ConnectionGenerator.method(connection));
        }
        writer.write(
            subtype.entity().packageName(), subtypeDescriptor, subtype.entity(), subtypes[i], type);
        writeMetamodel(subtype, subtypes[i], type);
      }
    }
  }

  private void writeMetamodel(TableModel model, Element originating, Element... more) {
    String packageName = model.entity().packageName();
    writer.write(
        packageName, MetamodelGenerator.generate(model), model.entity(), originating, more);
    writer.write(
        packageName, MetamodelGenerator.provider(model), model.entity(), originating, more);
    metamodelServices.add(
        GeneratedNames.metamodelProvider(GeneratedNames.table(model.entity())).reflectionName());
  }
}
