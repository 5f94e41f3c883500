/**
 * The code that README.md and docs/ show, compiled and run against the shared node; the Markdown
 * points at its {@code // tag::name[]} regions and {@code DocSnippetsTest} keeps them equal.
 */
package io.sibyl.it.docs;
