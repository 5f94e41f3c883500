package io.sibyl.mapper.processor.step;

import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.processor.ProcessingStep;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.generate.FactoryServices;
import io.sibyl.mapper.processor.generate.GeneratedNames;
import io.sibyl.mapper.processor.generate.RepositoryGenerator;
import io.sibyl.mapper.processor.generate.SourceWriter;
import io.sibyl.mapper.processor.model.RepositoryModel;
import io.sibyl.mapper.processor.parse.ProcessorContext;
import io.sibyl.mapper.processor.parse.RepositoryParser;
import java.lang.annotation.Annotation;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Repository} interfaces: parse, report, write {@code UserRepositoryImpl} and its factory,
 * and register the factory as a service.
 */
public final class RepositoryStep implements ProcessingStep {

  private final RepositoryParser parser;
  private final Messager messager;
  private final SourceWriter writer;
  private final FactoryServices services;

  /** A step writing through {@code writer} and registering factories in {@code services}. */
  public RepositoryStep(
      ProcessorContext context, Messager messager, SourceWriter writer, FactoryServices services) {
    this.parser = new RepositoryParser(context);
    this.messager = messager;
    this.writer = writer;
    this.services = services;
  }

  @Override
  public Class<? extends Annotation> annotation() {
    return Repository.class;
  }

  @Override
  public boolean process(TypeElement type, boolean lastRound) {
    Diagnostics diagnostics = new Diagnostics();
    Boolean ready = StepSupport.readiness(type, lastRound, diagnostics);
    if (ready == null) {
      return false;
    }
    RepositoryModel repository = ready ? parser.parse(type, diagnostics) : null;
    diagnostics.printTo(messager);
    if (repository != null) {
      String pkg = repository.type().packageName();
      writer.write(pkg, RepositoryGenerator.generate(repository), repository.type(), type);
      writer.write(pkg, RepositoryGenerator.factory(repository), repository.type(), type);
      services.add(GeneratedNames.repositoryFactory(repository.type()).reflectionName());
    }
    return true;
  }
}
