/**
 * Repository method parsing, one parser per kind ({@code @Insert}, {@code @Select},
 * {@code @Update}, {@code @Delete}, {@code @Increment}, {@code @Query}, derived names), each in
 * named steps that state their rule; the statement text is built and checked at compile time.
 */
package io.sibyl.mapper.processor.parse.method;
