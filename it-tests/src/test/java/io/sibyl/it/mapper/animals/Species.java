package io.sibyl.it.mapper.animals;

/** The species of the animals table: the discriminator values. */
public enum Species {
  /** Cats. */
  CAT,
  /** Sea lions. */
  SEA_LION
}
