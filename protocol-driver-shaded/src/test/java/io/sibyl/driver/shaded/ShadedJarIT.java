package io.sibyl.driver.shaded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the jar and POM the shade plugin wrote (after the package phase). */
class ShadedJarIT {

  private static List<String> entries;
  private static Manifest manifest;

  @BeforeAll
  static void readJar() throws IOException {
    try (JarFile jar = new JarFile(shadedJar().toFile())) {
      entries = jar.stream().map(e -> e.getName()).collect(Collectors.toList());
      manifest = jar.getManifest();
    }
  }

  private static Path shadedJar() {
    return Path.of(System.getProperty("shaded.jar"));
  }

  @Test
  void should_hold_no_netty_class_outside_the_relocated_package() {
    assertThat(entries).noneMatch(name -> name.startsWith("io/netty/"));
    assertThat(entries)
        .contains(
            "io/sibyl/shaded/netty/channel/nio/NioIoHandler.class",
            "io/sibyl/shaded/netty/buffer/ByteBuf.class",
            "io/sibyl/shaded/netty/handler/timeout/IdleStateHandler.class");
  }

  @Test
  void should_hold_the_driver_classes_without_a_module_descriptor() {
    assertThat(entries).contains("io/sibyl/driver/Session.class");
    assertThat(entries).noneMatch(name -> name.endsWith("module-info.class"));
    assertThat(manifest.getMainAttributes().getValue("Automatic-Module-Name"))
        .isEqualTo("io.sibyl.driver.shaded");
  }

  @Test
  void should_resolve_on_the_module_path_as_an_automatic_module() {
    ModuleReference module =
        ModuleFinder.of(shadedJar()).find("io.sibyl.driver.shaded").orElseThrow();

    assertThat(module.descriptor().isAutomatic()).isTrue();
    assertThat(module.descriptor().packages())
        .contains("io.sibyl.driver", "io.sibyl.shaded.netty.channel")
        .doesNotContain("io.netty.channel");
  }

  @Test
  void should_rename_netty_service_files_and_leave_out_native_libraries_and_netty_versions()
      throws IOException {
    assertThat(entries)
        .noneMatch(name -> name.startsWith("META-INF/services/io.netty."))
        .noneMatch(name -> name.equals("META-INF/io.netty.versions.properties"))
        .noneMatch(name -> name.startsWith("META-INF/native/"))
        .noneMatch(name -> name.startsWith("META-INF/native-image/"));
    try (JarFile jar = new JarFile(shadedJar().toFile())) {
      for (String name : entries) {
        if (name.startsWith("META-INF/services/") && !name.endsWith("/")) {
          String content =
              new String(
                  jar.getInputStream(jar.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
          assertThat(content).as(name).doesNotContain("io.netty.");
        }
      }
    }
  }

  @Test
  void should_leave_out_epoll_and_run_on_nio_saying_why() throws Exception {
    assertThat(entries).noneMatch(name -> name.contains("/channel/epoll/"));
    // Only the platform's classes below the jar: the build's own (unshaded) driver and epoll must
    // not answer for it.
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {shadedJar().toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> transports = loader.loadClass("io.sibyl.driver.internal.connection.SocketTransport");
      @SuppressWarnings({"unchecked", "rawtypes"})
      Class<Enum> choice = (Class<Enum>) loader.loadClass("io.sibyl.driver.Transport");
      Method resolve = transports.getMethod("resolve", choice);

      Object auto = resolve.invoke(null, Enum.valueOf(choice, "AUTO"));

      assertThat(transports.getMethod("transport").invoke(auto)).hasToString("NIO");
      assertThat(((Class<?>) transports.getMethod("channelClass").invoke(auto)).getName())
          .isEqualTo("io.sibyl.shaded.netty.channel.socket.nio.NioSocketChannel");
      assertThat(transports.getMethod("fallbackReason").invoke(auto))
          .isEqualTo("Netty's epoll classes are not on the class path");
      assertThatThrownBy(() -> resolve.invoke(null, Enum.valueOf(choice, "EPOLL")))
          .isInstanceOf(InvocationTargetException.class)
          .cause()
          .hasMessageStartingWith(
              "The epoll transport was asked for but cannot be used here (Netty's epoll classes"
                  + " are not on the class path)");
    }
  }

  @Test
  void should_publish_a_pom_that_keeps_slf4j_and_lz4_but_not_netty() throws IOException {
    String pom = Files.readString(Path.of(System.getProperty("shaded.pom")));
    // The project's own dependencies follow the build section.
    pom = pom.substring(pom.indexOf("</build>"));

    assertThat(pom)
        .contains("<artifactId>slf4j-api</artifactId>")
        .contains("<artifactId>lz4-java</artifactId>")
        .doesNotContain("<groupId>io.netty</groupId>")
        .doesNotContain("<artifactId>sibyl-protocol-driver</artifactId>");
    String lz4 = pom.substring(pom.indexOf("<artifactId>lz4-java</artifactId>"));
    assertThat(lz4.substring(0, lz4.indexOf("</dependency>")))
        .contains("<optional>true</optional>");
  }
}
