package io.sibyl.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * CQL scripts that a {@link SibylTest} runs in its fresh keyspace before the tests: on the class,
 * once after the keyspace is created; on a method, before that method (in the class's keyspace, or
 * in the method's own with {@link SibylTest#keyspacePerTest()}).
 *
 * <p>Each value is a class path resource (relative to the test class's package unless it starts
 * with {@code /}). Statements end with {@code ;}; {@code --} and {@code //} line comments and
 * {@code /* *}{@code /} block comments are skipped; quoted strings, quoted names and {@code $$}
 * bodies may contain anything. Unqualified table names refer to the fresh keyspace.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CassandraScripts {
  /** The scripts, run in order. */
  String[] value();
}
