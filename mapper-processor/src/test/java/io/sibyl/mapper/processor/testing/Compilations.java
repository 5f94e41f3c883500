package io.sibyl.mapper.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.sibyl.mapper.processor.SibylProcessor;
import java.util.List;
import javax.tools.JavaFileObject;

/** Runs javac with Sibyl's processor and the default options. */
public final class Compilations {

  private Compilations() {}

  /** Compiles the sources with the processor. */
  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** Compiles the sources with the processor and extra javac options. */
  public static Compilation compile(List<String> options, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new SibylProcessor())
        .withOptions(withLint(options))
        .compile(sources);
  }

  /** Every lint warning is on, so that generated code is proven warning-free. */
  private static List<String> withLint(List<String> options) {
    List<String> all = new java.util.ArrayList<>(options);
    all.add("-Xlint:all,-processing");
    return all;
  }
}
