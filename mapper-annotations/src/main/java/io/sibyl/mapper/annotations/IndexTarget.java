package io.sibyl.mapper.annotations;

/** What an {@link Index} on a collection column indexes. Ignored for other columns. */
public enum IndexTarget {
  /** The elements of a list or set, the values of a map: serves {@code CONTAINS}. */
  VALUES,
  /** The keys of a map: serves {@code CONTAINS KEY}. */
  KEYS,
  /** The entries of a map: serves {@code map[key] = value}. */
  ENTRIES,
  /** A frozen collection as a whole: serves equality on the full value. */
  FULL
}
