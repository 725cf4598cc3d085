package org.goldenthread.audit;

import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.goldenthread.shared.Labelled;
import org.hibernate.envers.NotAudited;

/** The audited fields of one version of a record, as text a person can read. */
final class RecordState {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(ZoneId.of("Europe/London"));

  private RecordState() {}

  /** One field's value: what it is, for comparing, and how it reads, for showing. */
  record Value(Object raw, String shown) {

    boolean sameAs(Value other) {
      if (raw instanceof Collection<?> || other.raw instanceof Collection<?>) {
        return shown.equals(other.shown);
      }
      return Objects.equals(raw, other.raw);
    }
  }

  static final Value NONE = new Value(null, "");

  /** Field label to value, in declaration order; empty when there is no record. */
  static Map<String, Value> of(Object entity) {
    Map<String, Value> values = new LinkedHashMap<>();
    if (entity == null) {
      return values;
    }
    for (Class<?> type = entity.getClass();
        type != null && type != Object.class;
        type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (audited(field)) {
          Object raw = read(field, entity);
          values.put(fieldLabel(field.getName()), new Value(raw, display(raw)));
        }
      }
    }
    return values;
  }

  static String label(Object entity) {
    return entity instanceof Labelled labelled ? safeLabel(labelled) : "";
  }

  private static boolean audited(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isAnnotationPresent(Id.class)
        && !field.isAnnotationPresent(Version.class)
        && !field.isAnnotationPresent(NotAudited.class)
        && !field.isAnnotationPresent(Transient.class);
  }

  private static Object read(Field field, Object entity) {
    try {
      field.setAccessible(true);
      return field.get(entity);
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  static String display(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Labelled labelled) {
      return safeLabel(labelled);
    }
    if (value instanceof Enum<?> e) {
      return enumLabel(e);
    }
    if (value instanceof Boolean b) {
      return b ? "Yes" : "No";
    }
    if (value instanceof Instant instant) {
      return WHEN.format(instant);
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(RecordState::display).sorted().collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  private static String safeLabel(Labelled labelled) {
    try {
      return labelled.label();
    } catch (RuntimeException notAvailable) {
      // A related record that no longer existed at that revision.
      return "(record no longer available)";
    }
  }

  private static String enumLabel(Enum<?> value) {
    try {
      Method label = value.getClass().getMethod("label");
      return String.valueOf(label.invoke(value));
    } catch (ReflectiveOperationException noLabel) {
      return value.name();
    }
  }

  static String fieldLabel(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
