/**
 * Parsing of CQL text, enough to check it at compile time: a lexer, hand-written statements of
 * {@code @Query}, WHERE/IF clauses of annotations, and CQL type text.
 */
package io.sibyl.mapper.processor.parse.cql;
