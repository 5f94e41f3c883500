/**
 * The driver's implementation; not exported by the module and not part of the API. Netty's {@code
 * ByteBuf}s stay below this package.
 */
package io.sibyl.driver.internal;
