/**
 * The body of a generated repository: one prepared statement field and one method per repository
 * method, written from its {@link io.sibyl.mapper.processor.model.StatementPlan}, with the
 * constants the bindings need.
 */
package io.sibyl.mapper.processor.generate.method;
