package io.sibyl.driver;

/** A statement that can be part of a {@link BatchStatement}: simple or bound. */
public sealed interface BatchableStatement permits SimpleStatement, BoundStatement {}
