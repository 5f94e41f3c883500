/**
 * Diagnostics: the catalog of messages (stable ids, documented in docs/mapper/errors.md) and their
 * collection per element, placed on the exact element, annotation or attribute at fault.
 */
package io.sibyl.mapper.processor.diag;
