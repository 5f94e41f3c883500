package io.sibyl.driver;

import io.sibyl.driver.internal.protocol.message.ColumnSpec;
import io.sibyl.driver.internal.protocol.message.RowsMetadata;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import io.sibyl.driver.internal.request.ResultConverter;
import io.sibyl.driver.internal.session.RowDecoder;
import io.sibyl.driver.internal.session.SessionConfig;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds pages of rows and {@link Row}s for unit tests of the driver's internals (the system-table
 * reads of the control connection), and session configurations.
 */
public final class TestRows {
  private TestRows() {}

  /** One column of a test table. */
  public record Column(String name, DataType type) {}

  /** A column. */
  public static Column column(String name, DataType type) {
    return new Column(name, type);
  }

  /** A page with {@code rows}, each giving a value (or null) per column, in column order. */
  public static RowsResult page(List<Column> columns, List<Object[]> rows) {
    List<ColumnSpec> specs = new ArrayList<>();
    for (Column column : columns) {
      specs.add(new ColumnSpec("system", "test", column.name(), column.type()));
    }
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (Object[] row : rows) {
      for (int i = 0; i < columns.size(); i++) {
        Object value = row[i];
        if (value == null) {
          data.writeBytes(new byte[] {-1, -1, -1, -1});
          continue;
        }
        @SuppressWarnings("unchecked")
        TypeCodec<Object> codec =
            (TypeCodec<Object>) CodecRegistry.DEFAULT.codecFor(columns.get(i).type());
        ByteBuffer encoded = codec.encode(value);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        data.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        data.writeBytes(bytes);
      }
    }
    return RowsResult.of(
        new RowsMetadata(specs, specs.size(), null, null, null), rows.size(), data.toByteArray());
  }

  /** Decodes pages as the session does. */
  public static RowDecoder decoder() {
    return page -> ResultConverter.rows(InternalAccess.INSTANCE, page, CodecRegistry.DEFAULT);
  }

  /** The rows of a page. */
  public static List<Row> rows(List<Column> columns, List<Object[]> values) {
    return decoder().rows(page(columns, values));
  }

  /** A session configuration as {@code builder} describes it (nothing is connected). */
  public static SessionConfig config(Consumer<SessionBuilder> builder) {
    SessionBuilder sessionBuilder = Session.builder();
    builder.accept(sessionBuilder);
    SessionConfig[] captured = new SessionConfig[1];
    sessionBuilder.connector =
        config -> {
          captured[0] = config;
          return java.util.concurrent.CompletableFuture.completedFuture(null);
        };
    sessionBuilder.buildAsync();
    return captured[0];
  }
}
