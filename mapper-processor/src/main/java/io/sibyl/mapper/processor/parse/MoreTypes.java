package io.sibyl.mapper.processor.parse;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Type helpers. */
public final class MoreTypes {

  private MoreTypes() {}

  /** Whether the type is a declared type with this qualified name (any type arguments). */
  public static boolean isDeclared(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }

  /** The type arguments of a declared type (empty for others). */
  public static List<? extends TypeMirror> arguments(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((DeclaredType) type).getTypeArguments()
        : List.of();
  }

  /** The type element of a declared type, or null. */
  public static TypeElement element(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    Element element = ((DeclaredType) type).asElement();
    return element instanceof TypeElement typeElement ? typeElement : null;
  }

  /** Whether the type is {@code byte[]} or {@code float[]} as named. */
  public static boolean isArrayOf(TypeMirror type, TypeKind component) {
    return type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == component;
  }

  /** Whether the type, or any type argument within it, is unresolved. */
  public static boolean hasErrors(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return hasErrors(((ArrayType) type).getComponentType());
    }
    for (TypeMirror argument : arguments(type)) {
      if (hasErrors(argument)) {
        return true;
      }
    }
    return false;
  }
}
