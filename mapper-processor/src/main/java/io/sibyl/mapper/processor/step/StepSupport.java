package io.sibyl.mapper.processor.step;

import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.parse.MoreTypes;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** What the steps share: finding members whose types are not resolved yet. */
final class StepSupport {

  private StepSupport() {}

  /** The first member of {@code type} (or the type) that uses an unresolved type, or null. */
  static Element unresolved(TypeElement type) {
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

  /**
   * Whether to go on with {@code type}: true when its types are resolved; on the last round, an
   * unresolved type is reported and the type skipped.
   *
   * @return null to defer, true to process, false to skip
   */
  static Boolean readiness(TypeElement type, boolean lastRound, Diagnostics diagnostics) {
    Element unresolved = unresolved(type);
    if (unresolved == null) {
      return true;
    }
    if (!lastRound) {
      return null;
    }
    // Reported on the type: javac may not know the source position of a member it could not type.
    diagnostics.report(Message.UNRESOLVED_TYPE, type, unresolved.getSimpleName());
    return false;
  }
}
