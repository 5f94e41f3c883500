package io.sibyl.mapper.processor.step;

import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.generate.FactoryServices;
import io.sibyl.mapper.processor.generate.GeneratedNames;
import io.sibyl.mapper.processor.generate.RepositoryGenerator;
import io.sibyl.mapper.processor.generate.SourceWriter;
import io.sibyl.mapper.processor.model.RepositoryModel;
import io.sibyl.mapper.processor.parse.ProcessorContext;
import io.sibyl.mapper.processor.parse.RepositoryParser;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Repository} interfaces: parse, report, write {@code UserRepositoryImpl} and its factory,
 * and register the factory as a service.
 */
public final class RepositoryStep extends ProcessingStep {

  private final RepositoryParser parser;
  private final SourceWriter writer;
  private final FactoryServices services;

  /** A step writing through {@code writer} and registering factories in {@code services}. */
  public RepositoryStep(
      ProcessorContext context, Messager messager, SourceWriter writer, FactoryServices services) {
    super(Repository.class, messager);
    this.parser = new RepositoryParser(context);
    this.writer = writer;
    this.services = services;
  }

  @Override
  protected void process(TypeElement type, Diagnostics diagnostics) {
    RepositoryModel repository = parser.parse(type, diagnostics);
    if (repository != null) {
      String pkg = repository.type().packageName();
      writer.write(pkg, RepositoryGenerator.generate(repository), repository.type(), type);
      writer.write(pkg, RepositoryGenerator.factory(repository), repository.type(), type);
      services.add(GeneratedNames.repositoryFactory(repository.type()).reflectionName());
    }
  }
}
