/** The annotations of Sibyl's compile-time mapper; no dependencies. */
module io.sibyl.mapper.annotations {
  exports io.sibyl.mapper.annotations;
}
