package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds to counter columns: the parameters are the full primary key and one {@code long} delta per
 * counter to change, matched by name (a negative delta decrements). Counter updates are never
 * idempotent, so the driver does not retry them after a timeout.
 *
 * <pre>{@code
 * @Table(name = "page_views")
 * record PageViews(@PartitionKey String page, @Column(type = "counter") long views) {}
 *
 * @Increment void addViews(String page, long views);
 * }</pre>
 *
 * <p>Return types: {@code void}, {@code ResultSet}, {@code BoundStatement} (to batch in a counter
 * batch), and their {@code CompletionStage<...>} forms.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Increment {}
