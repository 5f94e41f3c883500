/**
 * The session's core: configuration (also from properties and the environment), threads (one event
 * loop group and one timer per session), start-up bounds, trackers and server warnings.
 */
package io.sibyl.driver.internal.session;
