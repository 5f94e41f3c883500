package test;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

public class MoneyCodec implements TypeCodec<Money> {
  @Override
  public DataType cqlType() {
    return DataTypes.TEXT;
  }

  @Override
  public GenericType<Money> javaType() {
    return GenericType.of(Money.class);
  }

  @Override
  public ByteBuffer encode(Money value) {
    return value == null ? null
        : ByteBuffer.wrap((value.amount() + " " + value.currency()).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Money decode(ByteBuffer bytes) {
    if (bytes == null) {
      return null;
    }
    String[] parts = StandardCharsets.UTF_8.decode(bytes.duplicate()).toString().split(" ");
    return new Money(new BigDecimal(parts[0]), parts[1]);
  }

  @Override
  public String format(Money value) {
    return value == null ? "NULL" : "'" + value.amount() + " " + value.currency() + "'";
  }
}
