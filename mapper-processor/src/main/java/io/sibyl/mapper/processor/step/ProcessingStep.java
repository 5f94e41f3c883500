package io.sibyl.mapper.processor.step;

import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.parse.MoreTypes;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * The processing of one root annotation, one element at a time: parse, report, generate.
 *
 * <p>An element is deferred to the next round while a type it (or a type {@linkplain
 * #involved(TypeElement) involved with it}) uses is not resolved yet, because another processor may
 * generate that type. On the last round an unresolved type is an error instead. Subclasses only say
 * what they do with an element whose types are all resolved.
 */
public abstract class ProcessingStep {

  private final Class<? extends Annotation> annotation;
  private final Messager messager;

  /** A step processing the elements annotated with {@code annotation}, reporting to messager. */
  protected ProcessingStep(Class<? extends Annotation> annotation, Messager messager) {
    this.annotation = annotation;
    this.messager = messager;
  }

  /** The annotation whose elements this step processes. */
  public final Class<? extends Annotation> annotation() {
    return annotation;
  }

  /**
   * Processes {@code elements}, reporting what is wrong with each.
   *
   * @param lastRound whether this is the last chance (unresolved types are then errors)
   * @return the elements deferred to the next round, because a type they use is not resolved yet
   */
  public final List<TypeElement> process(Collection<TypeElement> elements, boolean lastRound) {
    List<TypeElement> deferred = new ArrayList<>();
    for (TypeElement type : elements) {
      if (isHandledElsewhere(type)) {
        continue;
      }
      Map<TypeElement, Element> unresolved = unresolved(involved(type));
      if (!unresolved.isEmpty() && !lastRound) {
        deferred.add(type);
        continue;
      }
      processSafely(type, unresolved);
    }
    return deferred;
  }

  /** Processes (or reports the unresolved types of) one element, then prints what was found. */
  private void processSafely(TypeElement type, Map<TypeElement, Element> unresolved) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      if (unresolved.isEmpty()) {
        process(type, diagnostics);
      } else {
        unresolved.forEach((owner, member) -> reportUnresolved(owner, member, diagnostics));
      }
    } catch (RuntimeException | Error e) {
      // A processor bug must not crash javac: report it on the element being processed.
      diagnostics.printTo(messager);
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          Message.INTERNAL_ERROR.format(type.getQualifiedName(), Diagnostics.describe(e)),
          type);
      return;
    }
    diagnostics.printTo(messager);
  }

  /**
   * Processes one element whose involved types are all resolved; problems go to {@code
   * diagnostics}, which are printed afterwards.
   */
  protected abstract void process(TypeElement type, Diagnostics diagnostics);

  /**
   * The types that must be resolved before {@code type} is processed: by default the type itself.
   */
  protected List<TypeElement> involved(TypeElement type) {
    return List.of(type);
  }

  /** Whether another step processes {@code type} (it is then neither processed nor deferred). */
  protected boolean isHandledElsewhere(TypeElement type) {
    return false;
  }

  /** Reports, on the last round, that {@code member} of {@code type} uses an unresolved type. */
  protected void reportUnresolved(TypeElement type, Element member, Diagnostics diagnostics) {
    // Reported on the type: javac may not know the source position of a member it could not type.
    diagnostics.report(Message.UNRESOLVED_TYPE, type, member.getSimpleName());
  }

  /** Each type of {@code types} that uses an unresolved type, with the first member using one. */
  private static Map<TypeElement, Element> unresolved(List<TypeElement> types) {
    Map<TypeElement, Element> unresolved = new LinkedHashMap<>();
    for (TypeElement type : types) {
      Element member = firstUnresolved(type);
      if (member != null) {
        unresolved.put(type, member);
      }
    }
    return unresolved;
  }

  /** The first member of {@code type} (or the type) that uses an unresolved type, or null. */
  static Element firstUnresolved(TypeElement type) {
    if (MoreTypes.hasErrors(type.getSuperclass())) {
      return type;
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (MoreTypes.hasErrors(parent)) {
        return type;
      }
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof VariableElement variable && MoreTypes.hasErrors(variable.asType())) {
        return member;
      }
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement method) {
        if (MoreTypes.hasErrors(method.getReturnType())) {
          return member;
        }
        for (VariableElement parameter : method.getParameters()) {
          if (MoreTypes.hasErrors(parameter.asType())) {
            return parameter;
          }
        }
      }
    }
    return null;
  }
}
