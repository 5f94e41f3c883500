/**
 * Small shared helpers: turning ERROR responses into typed exceptions with the node and statement
 * named.
 */
package io.sibyl.driver.internal.util;
