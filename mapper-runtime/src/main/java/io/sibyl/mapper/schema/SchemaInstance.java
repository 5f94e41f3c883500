package io.sibyl.mapper.schema;

import java.time.Instant;

/**
 * An instance of the application that recently said which model it runs (its heartbeat row has not
 * expired).
 *
 * @param id the instance's id (random per mapper)
 * @param host the host name and process id it runs in
 * @param fingerprint the fingerprint of its model
 * @param appVersion the application version it declared, or null
 * @param startedAt when its mapper was built
 */
public record SchemaInstance(
    String id, String host, String fingerprint, String appVersion, Instant startedAt) {

  /** A readable description, for messages. */
  public String describe() {
    return "instance "
        + id
        + " on "
        + host
        + " (model "
        + fingerprint.substring(0, Math.min(12, fingerprint.length()))
        + (appVersion == null ? "" : ", app version " + appVersion)
        + ", started "
        + startedAt
        + ")";
  }
}
