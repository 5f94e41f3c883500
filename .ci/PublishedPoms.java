import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the POMs that Sibyl publishes, as installed in a local repository (the flattened POMs):
 * what users get on their class paths when they add a Sibyl artifact. The published artifacts are
 * those that the installed sibyl-bom manages. Each POM must:
 *
 * <ul>
 *   <li>stand alone: no parent, build, profiles, properties or repositories; name, description,
 *       url, licenses, developers and scm present (no dependencyManagement but in the BOM);
 *   <li>declare each dependency with a literal version, at compile or runtime scope, or optional
 *       (test, provided and system scopes are build-machine concerns and are left out);
 *   <li>not bring test frameworks (but to the test libraries, which may bring junit-jupiter-api),
 *       Cassandra's server, or an SLF4J binding to users' class paths unless optional;
 *   <li>depend on slf4j-api 2.x only, and on Sibyl artifacts of its own version.
 * </ul>
 *
 * <p>Run with Java 17+: {@code java .ci/PublishedPoms.java <local repository> <version>}. Prints
 * one line per problem and exits with 1 if there is any.
 */
public final class PublishedPoms {
  private static final String GROUP = "io.sibyl";
  private static final Set<String> TEST_LIBRARIES =
      Set.of("sibyl-junit", "sibyl-embedded-cassandra", "sibyl-test-support");
  private static final Set<String> REQUIRED =
      Set.of("name", "description", "url", "licenses", "developers", "scm");
  private static final Set<String> FORBIDDEN_SECTIONS =
      Set.of("parent", "build", "profiles", "properties", "repositories", "pluginRepositories");
  private static final Set<String> TEST_GROUPS =
      Set.of(
          "junit",
          "org.junit.jupiter",
          "org.junit.platform",
          "org.junit.vintage",
          "org.assertj",
          "org.mockito",
          "org.hamcrest",
          "com.google.testing.compile",
          "com.google.truth",
          "org.awaitility",
          "org.testcontainers",
          "com.datastax.oss.simulacron");
  private static final Set<String> SLF4J_BINDINGS =
      Set.of(
          "org.slf4j:slf4j-simple",
          "org.slf4j:slf4j-nop",
          "org.slf4j:slf4j-jdk14",
          "org.slf4j:slf4j-log4j12",
          "org.slf4j:slf4j-reload4j",
          "ch.qos.logback:logback-classic",
          "org.apache.logging.log4j:log4j-slf4j-impl",
          "org.apache.logging.log4j:log4j-slf4j2-impl");
  private static final Set<String> NEVER_TRANSITIVE =
      Set.of(
          "org.apache.cassandra:cassandra-all",
          "io.sibyl:sibyl-test-support",
          "io.sibyl:sibyl-it-tests");

  private PublishedPoms() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: java .ci/PublishedPoms.java <local repository> <version>");
      System.exit(2);
    }
    List<String> problems = check(Path.of(args[0]), args[1]);
    problems.forEach(System.out::println);
    if (!problems.isEmpty()) {
      System.out.println(problems.size() + " problem(s) in the published POMs");
      System.exit(1);
    }
    System.out.println("The published POMs of Sibyl " + args[1] + " are clean");
  }

  /** The problems of every artifact the BOM of {@code version} manages. */
  static List<String> check(Path repository, String version) throws Exception {
    Path bomPath = pom(repository, "sibyl-bom", version);
    if (!Files.isRegularFile(bomPath)) {
      return List.of(bomPath + ": missing; install Sibyl first (mvn install)");
    }
    Element bom = parse(bomPath);
    List<String> problems = new ArrayList<>(checkProject(bomPath, bom, "sibyl-bom", version));
    Element management = child(bom, "dependencyManagement");
    Element managed = management == null ? null : child(management, "dependencies");
    if (managed == null) {
      problems.add(bomPath + ": manages no dependencies");
      return problems;
    }
    for (Element dependency : children(managed, "dependency")) {
      if (!GROUP.equals(text(dependency, "groupId"))) {
        continue;
      }
      String artifact = text(dependency, "artifactId");
      Path path = pom(repository, artifact, version);
      if (!Files.isRegularFile(path)) {
        problems.add(path + ": missing, though sibyl-bom manages " + artifact);
        continue;
      }
      problems.addAll(checkProject(path, parse(path), artifact, version));
    }
    return problems;
  }

  private static List<String> checkProject(
      Path path, Element project, String artifact, String version) {
    List<String> problems = new ArrayList<>();
    for (String section : FORBIDDEN_SECTIONS) {
      if (child(project, section) != null) {
        problems.add(path + ": has <" + section + ">, which a published POM leaves out");
      }
    }
    if (!artifact.equals("sibyl-bom") && child(project, "dependencyManagement") != null) {
      problems.add(path + ": has <dependencyManagement>, which only sibyl-bom publishes");
    }
    for (String section : REQUIRED) {
      if (child(project, section) == null) {
        problems.add(path + ": has no <" + section + ">");
      }
    }
    Element dependencies = child(project, "dependencies");
    if (dependencies != null) {
      for (Element dependency : children(dependencies, "dependency")) {
        checkDependency(path, artifact, version, dependency, problems);
      }
    }
    return problems;
  }

  private static void checkDependency(
      Path path, String artifact, String version, Element dependency, List<String> problems) {
    String group = text(dependency, "groupId");
    String id = group + ":" + text(dependency, "artifactId");
    String declared = text(dependency, "version");
    String scope = text(dependency, "scope").isEmpty() ? "compile" : text(dependency, "scope");
    boolean optional = "true".equals(text(dependency, "optional"));
    String where = path + ": " + id + " ";
    if (declared.isEmpty() || declared.contains("${")) {
      problems.add(where + "has no literal version (" + declared + ")");
    }
    if (!scope.equals("compile") && !scope.equals("runtime")) {
      problems.add(where + "is at " + scope + " scope: leave it out of the published POM");
      return;
    }
    if (id.equals("org.slf4j:slf4j-api") && !declared.startsWith("2.")) {
      problems.add(where + declared + " would downgrade users' SLF4J 2: depend on 2.x");
    }
    if (group.equals(GROUP) && !declared.equals(version)) {
      problems.add(where + declared + " is not the artifact's own version " + version);
    }
    if (optional) {
      return;
    }
    if (SLF4J_BINDINGS.contains(id)) {
      problems.add(where + "is an SLF4J binding: users choose theirs; make it optional");
    } else if (NEVER_TRANSITIVE.contains(id)) {
      problems.add(where + "must not reach users' class paths");
    } else if (TEST_GROUPS.contains(group)
        && !(TEST_LIBRARIES.contains(artifact) && id.equals("org.junit.jupiter:junit-jupiter-api"))) {
      problems.add(where + "is a test framework at " + scope + " scope: make it test or optional");
    }
  }

  private static Path pom(Path repository, String artifact, String version) {
    return repository.resolve(
        "io/sibyl/" + artifact + "/" + version + "/" + artifact + "-" + version + ".pom");
  }

  private static Element parse(Path path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(path.toFile());
    return document.getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(element.getTagName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? "" : element.getTextContent().trim();
  }
}
