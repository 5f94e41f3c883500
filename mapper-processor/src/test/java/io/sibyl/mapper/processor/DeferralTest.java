package io.sibyl.mapper.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class DeferralTest {

  /** Generates the {@code @Udt} type {@code test.Extra} in the first round. */
  static final class ExtraGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("test.Extra").openWriter()) {
          writer.write(
              "package test;\n@io.sibyl.mapper.annotations.Udt\n"
                  + "public record Extra(String note) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void should_process_entity_whose_type_another_processor_generates() {
    JavaFileObject user =
        JavaFileObjects.forSourceString(
            "test.User",
            """
        package test;

        import io.sibyl.mapper.annotations.*;
        import java.util.UUID;

        @Table
        public record User(@PartitionKey UUID id, Extra extra) {}
        """);

    Compilation compilation =
        Compiler.javac().withProcessors(new ExtraGenerator(), new SibylProcessor()).compile(user);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.UserTable")
        .contentsAsUtf8String()
        .contains("frozen<extra>");
    assertThat(compilation).generatedSourceFile("test.ExtraUdt").isNotNull();
  }
}
