package io.sibyl.mapper.processor;

import com.google.auto.service.AutoService;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.generate.FactoryServices;
import io.sibyl.mapper.processor.generate.GeneratedNames;
import io.sibyl.mapper.processor.generate.SchemaResources;
import io.sibyl.mapper.processor.generate.SourceWriter;
import io.sibyl.mapper.processor.parse.ProcessorContext;
import io.sibyl.mapper.processor.step.DiscriminatorStep;
import io.sibyl.mapper.processor.step.DiscriminatorValueStep;
import io.sibyl.mapper.processor.step.ProcessingStep;
import io.sibyl.mapper.processor.step.RepositoryStep;
import io.sibyl.mapper.processor.step.TableStep;
import io.sibyl.mapper.processor.step.UdtStep;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Sibyl's annotation processor: {@code @Udt}, {@code @Table} and {@code @Repository} types become
 * plain Java ({@code AddressUdt}, {@code UserTable} and {@code User_}, {@code UserRepositoryImpl});
 * {@code @Discriminator} and {@code @DiscriminatorValue} types are checked, and mapped with their
 * polymorphic table. Every misuse is an error on the element at fault; nothing is thrown into
 * javac.
 */
@AutoService(Processor.class)
public final class SibylProcessor extends AbstractProcessor {

  private List<ProcessingStep> steps;
  private final Map<ProcessingStep, Set<String>> deferred = new LinkedHashMap<>();
  private FactoryServices services;
  private FactoryServices schemaServices;
  private FactoryServices metamodelServices;
  private SchemaResources schemaResources;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    ProcessorContext context = new ProcessorContext(env, ProcessorOptions.parse(env.getOptions()));
    SourceWriter writer = new SourceWriter(env.getFiler(), env.getElementUtils());
    services = new FactoryServices();
    schemaServices = new FactoryServices(GeneratedNames.SCHEMA_SERVICE);
    metamodelServices = new FactoryServices(GeneratedNames.METAMODEL_SERVICE);
    schemaResources = new SchemaResources();
    steps =
        List.of(
            new UdtStep(context, env.getMessager(), writer, schemaServices, schemaResources),
            new TableStep(
                context,
                env.getMessager(),
                writer,
                schemaServices,
                metamodelServices,
                schemaResources),
            new DiscriminatorStep(env.getMessager()),
            new DiscriminatorValueStep(env.getMessager()),
            new RepositoryStep(context, env.getMessager(), writer, services));
    steps.forEach(step -> deferred.put(step, new LinkedHashSet<>()));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        "io.sibyl.mapper.annotations.Table",
        "io.sibyl.mapper.annotations.Udt",
        "io.sibyl.mapper.annotations.Discriminator",
        "io.sibyl.mapper.annotations.DiscriminatorValue",
        "io.sibyl.mapper.annotations.Repository");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.KEYS;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean last = round.processingOver();
    for (ProcessingStep step : steps) {
      Set<TypeElement> elements = new LinkedHashSet<>();
      for (String name : deferred.get(step)) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        if (type != null) {
          elements.add(type);
        }
      }
      deferred.get(step).clear();
      for (Element element : round.getElementsAnnotatedWith(step.annotation())) {
        if (element instanceof TypeElement type) {
          elements.add(type);
        }
      }
      for (TypeElement type : step.process(elements, last)) {
        deferred.get(step).add(type.getQualifiedName().toString());
      }
    }
    if (last) {
      try {
        services.write(processingEnv.getFiler());
        schemaServices.write(processingEnv.getFiler());
        metamodelServices.write(processingEnv.getFiler());
      } catch (IOException | RuntimeException e) {
        processingEnv
            .getMessager()
            .printMessage(
                Diagnostic.Kind.ERROR,
                Message.INTERNAL_ERROR.format(
                    "writing the service files", Diagnostics.describe(e)));
      }
      try {
        schemaResources.write(processingEnv.getFiler());
      } catch (IOException | RuntimeException e) {
        processingEnv
            .getMessager()
            .printMessage(
                Diagnostic.Kind.ERROR,
                Message.INTERNAL_ERROR.format(
                    "writing the schema resources under " + SchemaResources.ROOT,
                    Diagnostics.describe(e)));
      }
    }
    return false;
  }
}
