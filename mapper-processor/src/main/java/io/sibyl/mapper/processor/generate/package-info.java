/**
 * Code generation with JavaPoet, from the model only: table and UDT descriptors, metamodels, schema
 * contributors, repository implementations and their service files. Generated lines wrap at
 * JavaPoet's wrapping points; every member and local name is allocated uniquely.
 */
package io.sibyl.mapper.processor.generate;
