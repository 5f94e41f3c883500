package io.sibyl.mapper.processor.diag;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The diagnostics found while parsing one root element. Parsers add to it and go on; the step
 * prints them and generates code only when there is no error.
 */
public final class Diagnostics {

  /** One diagnostic, placed on an element and, where known, its annotation and value. */
  public record Item(
      Message message,
      String text,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {}

  private final Set<Item> items = new LinkedHashSet<>();
  private final List<Item> ordered = new ArrayList<>();

  /** Reports on an element. */
  public void report(Message message, Element element, Object... args) {
    report(message, element, null, null, args);
  }

  /** Reports on an element's annotation (and value, when not null). */
  public void report(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... args) {
    Item item = new Item(message, message.format(args), element, annotation, value);
    if (items.add(item)) {
      ordered.add(item);
    }
  }

  /** Whether any error was reported. */
  public boolean hasErrors() {
    return ordered.stream().anyMatch(i -> i.message().kind() == Diagnostic.Kind.ERROR);
  }

  /** The diagnostics, in the order reported. */
  public List<Item> items() {
    return List.copyOf(ordered);
  }

  /** Adds another report's diagnostics. */
  public void addAll(Diagnostics other) {
    for (Item item : other.ordered) {
      if (items.add(item)) {
        ordered.add(item);
      }
    }
  }

  /** Prints every diagnostic not suppressed, then forgets them. */
  public void printTo(Messager messager) {
    for (Item item : ordered) {
      if (item.message().kind() != Diagnostic.Kind.ERROR && isSuppressed(item)) {
        continue;
      }
      if (item.annotation() != null && item.value() != null) {
        messager.printMessage(
            item.message().kind(), item.text(), item.element(), item.annotation(), item.value());
      } else if (item.annotation() != null) {
        messager.printMessage(
            item.message().kind(), item.text(), item.element(), item.annotation());
      } else {
        messager.printMessage(item.message().kind(), item.text(), item.element());
      }
    }
    items.clear();
    ordered.clear();
  }

  private static boolean isSuppressed(Item item) {
    String wanted = "sibyl:" + item.message().category();
    for (Element e = item.element(); e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null) {
        for (String value : suppress.value()) {
          if (value.equals(wanted) || value.equals("sibyl")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The first lines of a throwable's stack trace on one line, for an internal-error message. */
  public static String describe(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString().lines().limit(8).collect(Collectors.joining(" | "));
  }
}
