package io.sibyl.junit;

import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.embedded.CassandraCluster;
import io.sibyl.embedded.junit.CassandraExtension;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link SibylTest}: fresh keyspaces, sessions, scripts and mappers for test
 * classes, on the cluster of {@link CassandraExtension}. Use it through {@link SibylTest}.
 */
public final class SibylExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(SibylExtension.class);
  private static final String SCOPE = "scope";
  private static final String MAPPER_TYPE = "io.sibyl.mapper.Mapper";
  private static final AtomicInteger KEYSPACES = new AtomicInteger();

  /** Creates the extension; JUnit does this for {@link SibylTest}. */
  public SibylExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!settings(context).keyspacePerTest()) {
      open(context, context.getRequiredTestClass());
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (settings(context).keyspacePerTest()) {
      open(context, context.getRequiredTestClass());
    }
    runScripts(scope(context), context.getRequiredTestMethod(), context.getRequiredTestClass());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (settings(context).keyspacePerTest()) {
      close(context);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Session.class
        || type == CassandraCluster.class
        || type.getName().equals(MAPPER_TYPE)
        || (type == String.class && parameter.isAnnotated(TestKeyspace.class));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == CassandraCluster.class) {
      return CassandraExtension.cluster(context);
    }
    TestScope scope = scope(context);
    if (type == Session.class) {
      return scope.session();
    }
    if (type == String.class) {
      return scope.keyspace();
    }
    return scope.mapper(settings(context).entities());
  }

  private static SibylTest settings(ExtensionContext context) {
    return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SibylTest.class)
        .orElseThrow(
            () ->
                new ExtensionConfigurationException(
                    "SibylExtension needs @SibylTest on "
                        + context.getRequiredTestClass().getName()
                        + "; annotate the class with @SibylTest instead of @ExtendWith"));
  }

  /** Creates a keyspace and a session for {@code context}'s scope and runs the class's scripts. */
  private static void open(ExtensionContext context, Class<?> testClass) {
    CassandraCluster cluster = CassandraExtension.cluster(context);
    String keyspace = keyspaceName(testClass);
    String replication = settings(context).replication();
    try (Session admin = connect(cluster, null)) {
      admin.execute("DROP KEYSPACE IF EXISTS " + keyspace);
      admin.execute("CREATE KEYSPACE " + keyspace + " WITH replication = " + replication);
    }
    TestScope scope = new TestScope(keyspace, connect(cluster, keyspace));
    context.getStore(NAMESPACE).put(SCOPE, scope);
    runScripts(scope, testClass, testClass);
  }

  private static void close(ExtensionContext context) {
    TestScope scope = context.getStore(NAMESPACE).remove(SCOPE, TestScope.class);
    if (scope != null) {
      scope.close();
    }
  }

  /** The scope of a test: the method's own when it has one, else the class's. */
  private static TestScope scope(ExtensionContext context) {
    for (Optional<ExtensionContext> current = Optional.of(context);
        current.isPresent();
        current = current.get().getParent()) {
      TestScope scope = current.get().getStore(NAMESPACE).get(SCOPE, TestScope.class);
      if (scope != null) {
        return scope;
      }
    }
    throw new ExtensionConfigurationException(
        "No Sibyl keyspace is open here: Session, Mapper and @TestKeyspace parameters are for"
            + " test methods and @BeforeEach/@AfterEach methods (or @BeforeAll/@AfterAll without"
            + " keyspacePerTest)");
  }

  private static Session connect(CassandraCluster cluster, String keyspace) {
    SessionBuilder builder =
        Session.builder()
            .addContactPoints(cluster.contactPoints())
            .localDatacenter(cluster.localDatacenter());
    if (cluster.username() != null) {
      builder.credentials(cluster.username(), cluster.password());
    }
    cluster.tls().ifPresent(stores -> builder.sslContext(stores.sslContext(true)));
    if (keyspace != null) {
      builder.keyspace(keyspace);
    }
    return builder.build();
  }

  private static void runScripts(TestScope scope, AnnotatedElement element, Class<?> testClass) {
    Optional<CassandraScripts> scripts =
        AnnotationSupport.findAnnotation(element, CassandraScripts.class);
    if (scripts.isEmpty()) {
      return;
    }
    for (String resource : scripts.get().value()) {
      for (String statement : CqlScript.statements(read(testClass, resource))) {
        scope.session().execute(statement);
      }
    }
  }

  private static String read(Class<?> testClass, String resource) {
    try (InputStream in = testClass.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ExtensionConfigurationException(
            "@CassandraScripts names "
                + resource
                + ", which is not on the class path of "
                + testClass.getName()
                + " (a name without a leading / is relative to the test's package)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ExtensionConfigurationException("Cannot read the CQL script " + resource, e);
    }
  }

  /** A keyspace name that is valid CQL (letters, digits, _; at most 48 characters) and unique. */
  static String keyspaceName(Class<?> testClass) {
    String simple =
        testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    String suffix = "_" + ProcessHandle.current().pid() + "_" + KEYSPACES.incrementAndGet();
    String prefix = "t_" + simple;
    return prefix.substring(0, Math.min(prefix.length(), 48 - suffix.length())) + suffix;
  }
}
