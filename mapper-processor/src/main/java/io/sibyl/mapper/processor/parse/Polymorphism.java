package io.sibyl.mapper.processor.parse;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.Table;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** Where a type stands in a polymorphic table's hierarchy: base, subtype, or neither. */
public final class Polymorphism {

  private Polymorphism() {}

  /** Whether a type is the base or a subtype of a polymorphic table. */
  public static boolean isPolymorphic(TypeElement type) {
    return type.getAnnotation(Discriminator.class) != null
        || type.getAnnotation(DiscriminatorValue.class) != null;
  }

  /**
   * Whether a type is mapped to a table: a {@code @Table} entity, or a subtype of a polymorphic one
   * ({@code @DiscriminatorValue}).
   */
  public static boolean isMapped(TypeElement type) {
    return type.getAnnotation(Table.class) != null
        || type.getAnnotation(DiscriminatorValue.class) != null;
  }

  /**
   * The mapped subtypes of a polymorphic base, in {@code permits} order: its permitted subtypes,
   * each intermediate type (see {@link #isIntermediate}) replaced by its own, depth first.
   */
  public static List<TypeElement> permittedSubtypes(TypeElement base) {
    List<TypeElement> subtypes = new ArrayList<>();
    for (TypeMirror permitted : base.getPermittedSubclasses()) {
      TypeElement element = MoreTypes.element(permitted);
      if (element == null) {
        continue;
      }
      if (isIntermediate(element)) {
        subtypes.addAll(permittedSubtypes(element));
      } else {
        subtypes.add(element);
      }
    }
    return subtypes;
  }

  /**
   * Whether a type is an intermediate level of a polymorphic hierarchy: a sealed interface or
   * sealed abstract class with no mapping annotation, whose permitted subtypes are mapped in its
   * place (it maps no rows itself).
   */
  public static boolean isIntermediate(TypeElement type) {
    boolean abstractType =
        type.getKind() == ElementKind.INTERFACE
            || (type.getKind() == ElementKind.CLASS
                && type.getModifiers().contains(Modifier.ABSTRACT));
    return abstractType
        && type.getModifiers().contains(Modifier.SEALED)
        && type.getAnnotation(Discriminator.class) == null
        && type.getAnnotation(DiscriminatorValue.class) == null
        && type.getAnnotation(Table.class) == null;
  }

  /**
   * The supertype of {@code type} annotated with {@code @Discriminator}: a direct one, or one
   * reached through intermediate types; null when there is none.
   */
  public static TypeElement discriminatedSupertype(TypeElement type) {
    List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
    supertypes.add(type.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      TypeElement element = MoreTypes.element(supertype);
      if (element == null) {
        continue;
      }
      if (element.getAnnotation(Discriminator.class) != null) {
        return element;
      }
      if (isIntermediate(element)) {
        TypeElement base = discriminatedSupertype(element);
        if (base != null) {
          return base;
        }
      }
    }
    return null;
  }
}
