package io.sibyl.driver.internal.request;

import io.sibyl.driver.ColumnDefinitions;

/**
 * The columns that the results of a prepared statement carry, and the id the server gave that
 * column set (v5; null before). Replaced as a whole when the server announces new columns.
 */
public record ResultShape(ColumnDefinitions columns, byte[] metadataId) {}
