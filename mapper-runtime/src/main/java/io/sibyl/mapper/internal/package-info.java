/**
 * Implementation of the mapper runtime, not exported by the module: the registries that find the
 * generated repositories and metamodels, and the codecs of mapped user types. Applications never
 * use it; it may change in any release.
 */
package io.sibyl.mapper.internal;
