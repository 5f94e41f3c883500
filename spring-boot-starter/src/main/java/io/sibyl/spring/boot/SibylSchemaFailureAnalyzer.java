package io.sibyl.spring.boot;

import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.schema.SchemaMismatchException;
import io.sibyl.mapper.schema.UnsafeSchemaChangeException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a startup that {@code sibyl.schema.mode} stopped into Spring Boot's failure report: the
 * plan (or the differences) as the description, and what to do as the action.
 */
public final class SibylSchemaFailureAnalyzer extends AbstractFailureAnalyzer<MapperException> {

  /** An analyzer; Spring Boot creates it from {@code META-INF/spring.factories}. */
  public SibylSchemaFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MapperException cause) {
    if (cause instanceof UnsafeSchemaChangeException) {
      return new FailureAnalysis(
          "sibyl.schema.mode=apply-safe stopped the startup: " + cause.getMessage(),
          "Change the entities back to match the live schema, or change the schema yourself with"
              + " a versioned CQL migration (in sibyl.schema.migrations) before starting this"
              + " version. sibyl.schema.mode=dry-run logs the whole plan without failing.",
          cause);
    }
    if (cause instanceof SchemaMismatchException) {
      return new FailureAnalysis(
          "sibyl.schema.mode=validate stopped the startup: " + cause.getMessage(),
          "Bring the schema up to date before starting (sibyl.schema.mode=apply-safe applies the"
              + " safe changes and the pending migrations; dry-run logs the plan).",
          cause);
    }
    return null;
  }
}
