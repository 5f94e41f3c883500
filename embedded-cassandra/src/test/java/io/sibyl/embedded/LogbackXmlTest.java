package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class LogbackXmlTest {

  @Test
  void should_log_info_to_the_node_file_and_warnings_to_standard_output() throws Exception {
    Document xml = parse(LogbackXml.render(Path.of("/tmp/a&b/node1/logs/system.log")));

    assertThat(xml.getElementsByTagName("file").item(0).getTextContent())
        .isEqualTo("/tmp/a&b/node1/logs/system.log");
    assertThat(
            xml.getElementsByTagName("root")
                .item(0)
                .getAttributes()
                .getNamedItem("level")
                .getNodeValue())
        .isEqualTo("INFO");
    assertThat(xml.getElementsByTagName("level").item(0).getTextContent()).isEqualTo("WARN");
    assertThat(xml.getElementsByTagName("appender").getLength()).isEqualTo(2);
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
