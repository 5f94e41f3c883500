package io.sibyl.embedded;

import java.nio.file.Path;

/**
 * Writes a node's {@code logback.xml}: everything from INFO up to the node's log file, WARN and
 * above to standard output (which {@link EmbeddedNode} relays to the caller's log).
 *
 * <p>Warnings about the test machine itself (memory locking, startup checks such as {@code
 * vm.max_map_count}, the first host id, the failure detector's start-up "pause") go to the file
 * only: they are expected here and would only hide the warnings that matter.
 */
final class LogbackXml {

  private static final String[] FILE_ONLY_LOGGERS = {
    "org.apache.cassandra.service.StartupChecks",
    "org.apache.cassandra.utils.NativeLibrary",
    "org.apache.cassandra.utils.NativeLibraryLinux",
    "org.apache.cassandra.db.SystemKeyspace",
    // Its "local pause" warning counts from JVM start until the first peer shows up.
    "org.apache.cassandra.gms.FailureDetector",
  };

  private static final String PATTERN = "%-5level [%thread] %date{ISO8601} %F:%L - %msg%n";

  private LogbackXml() {}

  /** Renders the configuration that logs to {@code logFile}. */
  static String render(Path logFile) {
    StringBuilder xml = new StringBuilder();
    xml.append("<configuration>\n")
        .append("  <appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\">\n")
        .append("    <file>")
        .append(escape(logFile.toAbsolutePath().toString()))
        .append("</file>\n")
        .append("    <encoder><pattern>")
        .append(PATTERN)
        .append("</pattern></encoder>\n")
        .append("  </appender>\n")
        .append("  <appender name=\"STDOUT\" class=\"ch.qos.logback.core.ConsoleAppender\">\n")
        .append("    <filter class=\"ch.qos.logback.classic.filter.ThresholdFilter\">")
        .append("<level>WARN</level></filter>\n")
        .append("    <encoder><pattern>")
        .append(PATTERN)
        .append("</pattern></encoder>\n")
        .append("  </appender>\n");
    for (String logger : FILE_ONLY_LOGGERS) {
      xml.append("  <logger name=\"")
          .append(logger)
          .append("\" additivity=\"false\"><appender-ref ref=\"FILE\"/></logger>\n");
    }
    xml.append("  <root level=\"INFO\">\n")
        .append("    <appender-ref ref=\"FILE\"/>\n")
        .append("    <appender-ref ref=\"STDOUT\"/>\n")
        .append("  </root>\n")
        .append("</configuration>\n");
    return xml.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
