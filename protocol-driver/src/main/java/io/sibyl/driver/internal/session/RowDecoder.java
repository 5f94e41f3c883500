package io.sibyl.driver.internal.session;

import io.sibyl.driver.Row;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import java.util.List;

/** Turns a page of rows into {@link Row}s; supplied by the public API's package. */
@FunctionalInterface
public interface RowDecoder {
  /** All the rows of {@code page}. */
  List<Row> rows(RowsResult page);
}
