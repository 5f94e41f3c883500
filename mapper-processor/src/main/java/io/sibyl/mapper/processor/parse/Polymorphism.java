package io.sibyl.mapper.processor.parse;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.Table;
import java.util.ArrayList;
import java.util.List;
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

  /** The permitted direct subtypes of a sealed type, in {@code permits} order. */
  public static List<TypeElement> permittedSubtypes(TypeElement base) {
    List<TypeElement> subtypes = new ArrayList<>();
    for (TypeMirror permitted : base.getPermittedSubclasses()) {
      TypeElement element = MoreTypes.element(permitted);
      if (element != null) {
        subtypes.add(element);
      }
    }
    return subtypes;
  }

  /** The direct supertype of {@code type} annotated with {@code @Discriminator}, or null. */
  public static TypeElement discriminatedSupertype(TypeElement type) {
    List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
    supertypes.add(type.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      TypeElement element = MoreTypes.element(supertype);
      if (element != null && element.getAnnotation(Discriminator.class) != null) {
        return element;
      }
    }
    return null;
  }
}
