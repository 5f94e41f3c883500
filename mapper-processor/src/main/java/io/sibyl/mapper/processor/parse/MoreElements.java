package io.sibyl.mapper.processor.parse;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.MirroredTypeException;
import javax.lang.model.type.TypeMirror;

/** Element helpers: annotation mirrors and values, for placing diagnostics precisely. */
public final class MoreElements {

  private MoreElements() {}

  /** The mirror of an annotation on an element, if present. */
  public static Optional<AnnotationMirror> mirror(Element element, Class<?> annotation) {
    String name = annotation.getCanonicalName();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The explicitly written value of an annotation attribute, or null. */
  public static AnnotationValue value(AnnotationMirror mirror, String attribute) {
    if (mirror == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** A Class-valued attribute as a type mirror, read through the exception javac throws. */
  public static TypeMirror classValue(Supplier<Class<?>> attribute) {
    try {
      attribute.get();
      throw new IllegalStateException("Class attribute read without a mirror");
    } catch (MirroredTypeException e) {
      return e.getTypeMirror();
    }
  }

  /** The qualified name of a type element's top-level or nested class, as written in source. */
  public static String qualifiedName(Element element) {
    return element instanceof TypeElement type
        ? type.getQualifiedName().toString()
        : element.getSimpleName().toString();
  }
}
