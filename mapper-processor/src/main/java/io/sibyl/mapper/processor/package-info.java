/**
 * Sibyl's annotation processor: {@link io.sibyl.mapper.processor.SibylProcessor} runs one {@code
 * step} per root annotation, each of which parses its elements into a {@code model}, reports
 * misuses through {@code diag} and writes Java source through {@code generate}.
 */
package io.sibyl.mapper.processor;
