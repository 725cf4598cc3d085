package org.goldenthread.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.goldenthread.audit.FieldChange;

/**
 * A plan's content as people read it: kept as JSON when the plan is approved, and compared with the
 * plan as it is now to show what has changed since.
 */
public record PlanSnapshot(
    String code,
    String title,
    String type,
    String description,
    String period,
    String owner,
    String orgUnit,
    String approvingBody,
    String reviewFrequency,
    List<Item> items) {

  /** One item of the plan, with the codes of the items it contributes to. */
  public record Item(
      String code,
      String type,
      String title,
      String description,
      String responsible,
      String accountable,
      String contributesTo) {

    Map<String, String> fields() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("Type", type);
      fields.put("Title", title);
      fields.put("Description", description);
      fields.put("Responsible", responsible);
      fields.put("Accountable", accountable);
      fields.put("Contributes to", contributesTo);
      return fields;
    }
  }

  /** An item present in both, with the fields that differ. */
  public record ItemChange(String code, String title, List<FieldChange> fields) {}

  /** What differs between an approved version and now. */
  public record Changes(
      List<FieldChange> plan, List<Item> added, List<Item> removed, List<ItemChange> changed) {

    public boolean none() {
      return plan.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
  }

  Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Code", code);
    fields.put("Title", title);
    fields.put("Type", type);
    fields.put("Description", description);
    fields.put("Period", period);
    fields.put("Owner", owner);
    fields.put("Org unit", orgUnit);
    fields.put("Approving body", approvingBody);
    fields.put("Review frequency", reviewFrequency);
    return fields;
  }

  /** What has changed from this (earlier) snapshot to {@code now}. */
  public Changes changesTo(PlanSnapshot now) {
    Map<String, Item> before = byCode(items);
    Map<String, Item> after = byCode(now.items);
    List<Item> added = new ArrayList<>();
    List<ItemChange> changed = new ArrayList<>();
    for (Item item : now.items) {
      Item old = before.get(item.code());
      if (old == null) {
        added.add(item);
      } else {
        List<FieldChange> fields = compare(old.fields(), item.fields());
        if (!fields.isEmpty()) {
          changed.add(new ItemChange(item.code(), item.title(), fields));
        }
      }
    }
    List<Item> removed = items.stream().filter(i -> !after.containsKey(i.code())).toList();
    return new Changes(compare(fields(), now.fields()), added, removed, changed);
  }

  private static Map<String, Item> byCode(List<Item> items) {
    Map<String, Item> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(item.code(), item));
    return map;
  }

  private static List<FieldChange> compare(Map<String, String> before, Map<String, String> after) {
    List<FieldChange> changes = new ArrayList<>();
    before.forEach(
        (field, old) -> {
          String now = after.get(field);
          if (!Objects.equals(blankToEmpty(old), blankToEmpty(now))) {
            changes.add(new FieldChange(field, blankToEmpty(old), blankToEmpty(now)));
          }
        });
    return changes;
  }

  private static String blankToEmpty(String text) {
    return text == null ? "" : text;
  }
}
