/**
 * Support for the code that {@code sibyl-mapper-processor} generates. Generated table, UDT and
 * repository classes call only this package and the driver's public API.
 *
 * <p>This package is public so that generated code in any package can use it, and kept stable
 * across releases, but it is not meant to be called by hand: application code uses {@code
 * io.sibyl.mapper}.
 */
package io.sibyl.mapper.generated;
