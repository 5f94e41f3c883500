package io.sibyl.it.faults.proxy;

import io.sibyl.driver.SessionBuilder;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.util.function.UnaryOperator;

/**
 * Routes a session's connections to every node through that node's proxy, with the driver's address
 * translation ({@code SessionBuilder.addressTranslator(AddressTranslator)}).
 *
 * <p>NOTE: the {@code AddressTranslator} SPI is being added to the driver on another branch. Until
 * it is merged this adapter finds it by reflection, and {@link #available()} is false on a driver
 * without it: the multi-node proxy tests then skip before starting any cluster. Once it is merged,
 * replace the body of {@link #apply} with {@code builder.addressTranslator(translate::apply)} and
 * drop the assumption in {@link ProxiedClusterIT}.
 */
final class AddressTranslation {
  private static final String SPI = "io.sibyl.driver.AddressTranslator";

  private AddressTranslation() {}

  /** Whether the driver has the address translation SPI. */
  static boolean available() {
    return method() != null;
  }

  /** Makes the session dial {@code translate.apply(address)} for each node address it learns. */
  static SessionBuilder apply(SessionBuilder builder, UnaryOperator<InetSocketAddress> translate) {
    Method method = method();
    if (method == null) {
      throw new IllegalStateException("This driver has no " + SPI + " yet");
    }
    Class<?> spi = method.getParameterTypes()[0];
    Object translator =
        Proxy.newProxyInstance(
            spi.getClassLoader(),
            new Class<?>[] {spi},
            (self, called, args) -> {
              switch (called.getName()) {
                case "translate":
                  return translate.apply((InetSocketAddress) args[0]);
                case "toString":
                  return "proxy address translation";
                case "hashCode":
                  return System.identityHashCode(self);
                case "equals":
                  return self == args[0];
                default:
                  throw new UnsupportedOperationException(called.toString());
              }
            });
    try {
      method.invoke(builder, translator);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Could not set the address translator", e);
    }
    return builder;
  }

  private static Method method() {
    try {
      Class<?> spi = Class.forName(SPI);
      return SessionBuilder.class.getMethod("addressTranslator", spi);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return null;
    }
  }
}
