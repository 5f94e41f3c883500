/**
 * The {@code sibyl-schema} command line tool: plans, applies, validates and contracts the schema of
 * an application's mapped entities, and runs its versioned migrations, from a deployment pipeline
 * rather than at application startup. Entry point {@link io.sibyl.schema.cli.SchemaCli}; single
 * threaded, one session per run.
 */
package io.sibyl.schema.cli;
