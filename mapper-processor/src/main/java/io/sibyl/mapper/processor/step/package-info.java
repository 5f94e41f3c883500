/**
 * Processing steps, one per root annotation: each parses, reports and writes one element at a time,
 * and defers an element while a type it uses is not generated yet (see {@link
 * io.sibyl.mapper.processor.step.ProcessingStep}).
 */
package io.sibyl.mapper.processor.step;
