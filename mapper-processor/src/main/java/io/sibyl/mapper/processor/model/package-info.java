/**
 * The processor's model: what parsing found out about entities, UDTs and repository methods,
 * independent of javac's elements, and all that the generators read.
 */
package io.sibyl.mapper.processor.model;
