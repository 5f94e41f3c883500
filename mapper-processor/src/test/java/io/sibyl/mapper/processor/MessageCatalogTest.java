package io.sibyl.mapper.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.mapper.processor.diag.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {

  private static final Path ERRORS = Path.of("..", "docs", "mapper", "errors.md");

  @Test
  void should_document_every_message_id() throws IOException {
    String doc = Files.readString(ERRORS);

    for (Message message : Message.values()) {
      assertThat(doc)
          .as("docs/mapper/errors.md entry for %s", message)
          .contains("### " + message.name() + "\n");
    }
  }

  @Test
  void should_document_no_id_that_does_not_exist() throws IOException {
    Matcher headings = Pattern.compile("(?m)^### ([A-Z_]+)$").matcher(Files.readString(ERRORS));
    List<String> ids = Arrays.stream(Message.values()).map(Message::name).toList();

    while (headings.find()) {
      assertThat(ids).as("errors.md documents an unknown id").contains(headings.group(1));
    }
  }

  @Test
  void should_prefix_every_message_with_its_id() {
    for (Message message : Message.values()) {
      Object[] args = new Object[12];
      Arrays.fill(args, "x");
      String text = message.format(fill(message));

      assertThat(text).startsWith("[" + message.name() + "] ");
    }
  }

  @Test
  void should_give_every_warning_a_suppression_category() {
    for (Message message : Message.values()) {
      if (message.kind() == Diagnostic.Kind.WARNING) {
        assertThat(message.category()).as(message.name()).isNotBlank();
        assertThat(message.format(fill(message))).contains("sibyl:" + message.category());
      }
    }
  }

  private static Object[] fill(Message message) {
    // Numeric placeholders take numbers, the others strings: try ints where %d appears.
    String probe = message.name();
    Object[] args = new Object[12];
    Arrays.fill(args, 1);
    try {
      message.format(args);
      return args;
    } catch (RuntimeException e) {
      Arrays.fill(args, probe);
      return args;
    }
  }
}
