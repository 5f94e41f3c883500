package io.sibyl.mapper.processor.generate.method;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * Wraps a generated method body so that it reports the call to the repository's observer, in the
 * form {@code RepositorySupport.observer()} documents: {@code Observed.start}, the body in a try
 * block whose catch reports the error and rethrows it, then {@code Observed.stopQuietly} (or {@code
 * Observed.whenDone} for a stage). No lambda is added: with the default observer nothing is
 * allocated.
 */
final class ObservedCode {

  private static final ClassName OBSERVED = ClassName.get("io.sibyl.mapper.observe", "Observed");
  private static final ClassName COMPLETABLE_FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");

  private ObservedCode() {}

  /**
   * What reports a call to the repository observer: the repository's and the method's names, and
   * the names of the locals holding the observer's context and the error.
   */
  record Observation(CodeBlock repository, String method, String call, String error) {

    /** {@code Object call = Observed.start(...);}. */
    CodeBlock start() {
      return CodeBlock.of(
          "$T $L = $T.start(this.$L, $L,$W$S);\n",
          Object.class,
          call,
          OBSERVED,
          RepositoryClassBuilder.OBSERVER_FIELD,
          repository,
          method);
    }

    /** The catch clause that reports the error and rethrows it, closing the try block. */
    CodeBlock catchAndStop() {
      return CodeBlock.builder()
          .nextControlFlow("catch ($T | $T $L)", RuntimeException.class, Error.class, error)
          .addStatement(
              "$T.stopQuietly(this.$L, $L, $L)",
              OBSERVED,
              RepositoryClassBuilder.OBSERVER_FIELD,
              call,
              error)
          .addStatement("throw $L", error)
          .endControlFlow()
          .build();
    }

    /**
     * The catch clause that fails the stage {@code stage} with the error, closing the try block:
     * the observer hears of it when the stage completes, as of any other failure.
     */
    CodeBlock catchAsStage(String stage) {
      return CodeBlock.builder()
          .nextControlFlow("catch ($T | $T $L)", RuntimeException.class, Error.class, error)
          .addStatement("$L = $T.failedFuture($L)", stage, COMPLETABLE_FUTURE, error)
          .endControlFlow()
          .build();
    }

    /** Reports success. */
    CodeBlock stop() {
      return CodeBlock.of(
          "$T.stopQuietly(this.$L, $L, null);\n",
          OBSERVED,
          RepositoryClassBuilder.OBSERVER_FIELD,
          call);
    }
  }

  /**
   * A method body before observation: the statements, then what the method returns (null for
   * nothing), of type {@code type}; with {@code failsInStage} (asynchronous bodies only), an
   * exception thrown while building the stage fails the returned stage instead of being thrown.
   */
  record Body(
      CodeBlock statements,
      CodeBlock returned,
      TypeName type,
      boolean async,
      boolean failsInStage) {

    /** A body whose exceptions are thrown by the method (and reported at once). */
    Body(CodeBlock statements, CodeBlock returned, TypeName type, boolean async) {
      this(statements, returned, type, async, false);
    }

    /**
     * The body reporting to the observer: synchronous ones stop after the result is converted (an
     * exception from binding, executing or converting is the outcome); asynchronous ones stop when
     * the stage completes, or at once when building it throws (unless it fails the stage).
     *
     * @param result the name of the local holding what the method returns
     */
    CodeBlock observed(Observation observation, String result) {
      CodeBlock.Builder code = CodeBlock.builder().add(observation.start());
      if (returned != null) {
        code.addStatement("$T $L", type, result);
      }
      code.beginControlFlow("try").add(statements);
      if (returned != null) {
        code.add("$L = $L;\n", result, returned);
      }
      code.add(failsInStage ? observation.catchAsStage(result) : observation.catchAndStop());
      if (async) {
        CodeBlock stage =
            CodeBlock.of(
                "$T.whenDone(this.$L, $L, $L)",
                OBSERVED,
                RepositoryClassBuilder.OBSERVER_FIELD,
                observation.call(),
                result);
        return code.addStatement(
                StatementMethodGenerator.isCompletableFuture(type)
                    ? "return $L.toCompletableFuture()"
                    : "return $L",
                stage)
            .build();
      }
      code.add(observation.stop());
      if (returned != null) {
        code.addStatement("return $L", result);
      }
      return code.build();
    }
  }
}
