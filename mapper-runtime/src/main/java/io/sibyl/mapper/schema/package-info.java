/**
 * Schema management: {@link io.sibyl.mapper.schema.SchemaManager} ({@code mapper.schema()})
 * compares the mapped tables and types with the live schema and validates, creates or updates it by
 * {@link io.sibyl.mapper.schema.SchemaMode}, and runs versioned CQL migrations.
 */
package io.sibyl.mapper.schema;
