/**
 * Element parsing: {@code @Table}, {@code @Udt} and {@code @Repository} types into the model, with
 * the rules between their members; the entities parsed so far are kept in the {@link
 * io.sibyl.mapper.processor.parse.EntityCatalog}.
 */
package io.sibyl.mapper.processor.parse;
