package io.sibyl.mapper.processor.parse;

import io.sibyl.mapper.annotations.Transient;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Construction;
import io.sibyl.mapper.processor.model.PropertyAccess;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the mapped properties of an entity or UDT type and how generated code reads, writes and
 * creates it: records through their components and canonical constructor; classes (with their
 * superclasses' fields first) through getters, and an all-properties constructor or setters.
 */
public final class PropertyScanner {

  /**
   * A mapped property.
   *
   * @param name the property name
   * @param type its type
   * @param element where its diagnostics go (the component, or the field)
   * @param annotated the elements whose annotations describe it (component or field, getter)
   * @param reader how it is read
   * @param writer how it is written, or null when the constructor takes it
   */
  public record Property(
      String name,
      TypeMirror type,
      Element element,
      List<Element> annotated,
      PropertyAccess reader,
      PropertyAccess writer) {}

  /** The properties and how instances are created; null construction when there are errors. */
  public record Shape(List<Property> properties, Construction construction) {}

  private final ProcessorContext context;

  /** A scanner in a processing context. */
  public PropertyScanner(ProcessorContext context) {
    this.context = context;
  }

  /**
   * Scans a type annotated with {@code annotation} (a simple name for messages); reports misuse to
   * {@code diagnostics} and returns null when the type cannot be mapped.
   */
  public Shape scan(TypeElement type, String annotation, Diagnostics diagnostics) {
    if (!checkDeclaration(type, annotation, diagnostics)) {
      return null;
    }
    return type.getKind() == ElementKind.RECORD
        ? scanRecord(type, diagnostics)
        : scanClass(type, diagnostics);
  }

  private boolean checkDeclaration(TypeElement type, String annotation, Diagnostics diagnostics) {
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      diagnostics.report(
          Message.ENTITY_NOT_A_CLASS,
          type,
          annotation,
          type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ') + "s");
      return false;
    }
    if (!checkAccessible(type, annotation, diagnostics)) {
      return false;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.report(Message.ENTITY_ABSTRACT, type, annotation);
      return false;
    }
    return true;
  }

  /**
   * Checks that generated code in the type's package can name the type: not generic, not private,
   * not an inner or local class. Reports and returns false otherwise.
   */
  static boolean checkAccessible(TypeElement type, String annotation, Diagnostics diagnostics) {
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.report(Message.ENTITY_GENERIC, type, annotation);
      return false;
    }
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.report(Message.ENTITY_NOT_ACCESSIBLE, type, annotation, t.getSimpleName(), "");
        return false;
      }
      if (t.getNestingKind() == NestingKind.MEMBER
          && !t.getModifiers().contains(Modifier.STATIC)
          && t.getKind() == ElementKind.CLASS) {
        diagnostics.report(
            Message.ENTITY_NOT_ACCESSIBLE, type, annotation, t.getSimpleName(), " and static");
        return false;
      }
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        diagnostics.report(
            Message.ENTITY_NOT_ACCESSIBLE, type, annotation, t.getSimpleName(), " and top-level");
        return false;
      }
    }
    return true;
  }

  private Shape scanRecord(TypeElement type, Diagnostics diagnostics) {
    List<Property> properties = new ArrayList<>();
    List<VariableElement> fields = ElementFilter.fieldsIn(type.getEnclosedElements());
    for (RecordComponentElement component : type.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      // javac places diagnostics on the component's private field, not on the component itself.
      Element at = component;
      for (VariableElement field : fields) {
        if (field.getSimpleName().contentEquals(name)
            && !field.getModifiers().contains(Modifier.STATIC)) {
          at = field;
          if (field.getAnnotation(Transient.class) != null) {
            diagnostics.report(Message.RECORD_COMPONENT_TRANSIENT, field);
          }
        }
      }
      List<Element> annotated = new ArrayList<>();
      annotated.add(at);
      annotated.add(component);
      if (component.getAccessor() != null) {
        annotated.add(component.getAccessor());
      }
      properties.add(
          new Property(name, component.asType(), at, annotated, PropertyAccess.method(name), null));
    }
    return new Shape(properties, Construction.CONSTRUCTOR);
  }

  private Shape scanClass(TypeElement type, Diagnostics diagnostics) {
    List<ExecutableElement> methods =
        ElementFilter.methodsIn(context.elements().getAllMembers(type));
    List<Property> candidates = new ArrayList<>();
    for (TypeElement level : hierarchy(type)) {
      for (VariableElement field : ElementFilter.fieldsIn(level.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC)
            || field.getModifiers().contains(Modifier.TRANSIENT)) {
          continue;
        }
        String name = field.getSimpleName().toString();
        ExecutableElement getter = getter(methods, name, field.asType());
        if (field.getAnnotation(Transient.class) != null
            || (getter != null && getter.getAnnotation(Transient.class) != null)) {
          continue;
        }
        PropertyAccess reader =
            getter != null
                ? PropertyAccess.method(getter.getSimpleName().toString())
                : accessible(field) ? PropertyAccess.field(name) : null;
        if (reader == null) {
          diagnostics.report(
              Message.PROPERTY_NOT_READABLE, field, name, getterName(name, field.asType()));
          continue;
        }
        List<Element> annotated = getter == null ? List.of(field) : List.of(field, getter);
        candidates.add(new Property(name, field.asType(), field, annotated, reader, null));
      }
    }
    if (candidates.isEmpty()) {
      diagnostics.report(Message.ENTITY_NO_PROPERTIES, type, type.getSimpleName());
      return null;
    }
    if (hasAllPropertiesConstructor(type, candidates)) {
      return new Shape(candidates, Construction.CONSTRUCTOR);
    }
    if (!hasNoArgConstructor(type)) {
      diagnostics.report(
          Message.ENTITY_NOT_CONSTRUCTIBLE,
          type,
          type.getSimpleName(),
          String.join(", ", candidates.stream().map(p -> p.type() + " " + p.name()).toList()));
      return null;
    }
    List<Property> properties = new ArrayList<>();
    for (Property p : candidates) {
      PropertyAccess writer = writer(methods, p);
      if (writer == null) {
        diagnostics.report(
            Message.PROPERTY_NOT_WRITABLE,
            p.element(),
            p.name(),
            "set" + capitalize(p.name()),
            p.type());
        continue;
      }
      properties.add(
          new Property(p.name(), p.type(), p.element(), p.annotated(), p.reader(), writer));
    }
    return new Shape(properties, Construction.SETTERS);
  }

  private List<TypeElement> hierarchy(TypeElement type) {
    Deque<TypeElement> levels = new ArrayDeque<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      if (t.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
      levels.addFirst(t);
    }
    return new ArrayList<>(levels);
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) superclass).asElement()
        : null;
  }

  private ExecutableElement getter(List<ExecutableElement> methods, String name, TypeMirror type) {
    for (String candidate : List.of(getterName(name, type), name)) {
      for (ExecutableElement method : methods) {
        if (method.getSimpleName().contentEquals(candidate)
            && method.getParameters().isEmpty()
            && accessible(method)
            && !method.getModifiers().contains(Modifier.STATIC)
            && context.types().isSameType(method.getReturnType(), type)) {
          return method;
        }
      }
    }
    return null;
  }

  private PropertyAccess writer(List<ExecutableElement> methods, Property property) {
    String setter = "set" + capitalize(property.name());
    for (ExecutableElement method : methods) {
      if (method.getSimpleName().contentEquals(setter)
          && method.getParameters().size() == 1
          && accessible(method)
          && !method.getModifiers().contains(Modifier.STATIC)
          && context.types().isSameType(method.getParameters().get(0).asType(), property.type())) {
        return PropertyAccess.method(setter);
      }
    }
    Element field = property.element();
    if (accessible(field) && !field.getModifiers().contains(Modifier.FINAL)) {
      return PropertyAccess.field(property.name());
    }
    return null;
  }

  private boolean hasAllPropertiesConstructor(TypeElement type, List<Property> properties) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (!accessible(constructor) || constructor.getParameters().size() != properties.size()) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < properties.size() && matches; i++) {
        matches =
            context
                .types()
                .isSameType(constructor.getParameters().get(i).asType(), properties.get(i).type());
      }
      if (matches) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNoArgConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && accessible(c));
  }

  private static boolean accessible(Element element) {
    return !element.getModifiers().contains(Modifier.PRIVATE);
  }

  static String getterName(String property, TypeMirror type) {
    String prefix = type.getKind() == TypeKind.BOOLEAN ? "is" : "get";
    return prefix + capitalize(property);
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
