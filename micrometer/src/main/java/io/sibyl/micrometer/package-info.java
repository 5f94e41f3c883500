/**
 * Micrometer metrics and observations of Sibyl: start at {@link
 * io.sibyl.micrometer.SibylObservability}; the meters are listed in {@link
 * io.sibyl.micrometer.SibylMeterNames}.
 */
package io.sibyl.micrometer;
