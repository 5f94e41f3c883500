package io.sibyl.it.mapper.model;

/** An enum mapped by name (text) or by ordinal (int). */
public enum Status {
  ACTIVE,
  SUSPENDED,
  RETIRED
}
