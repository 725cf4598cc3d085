package org.goldenthread.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.Responsibility;
import org.goldenthread.shared.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * One strand of the golden thread: the vision, a theme, an aim, a priority, an objective or outcome
 * (or a value, listed but not measured). It contributes to one or more items above it.
 */
@Entity
@Audited
public class FrameworkItem extends BaseEntity {

  @Column(nullable = false, length = 30, unique = true)
  private String code;

  @Column(nullable = false, length = 300)
  private String title;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ItemType type;

  @Column(length = 4000)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  private Plan plan;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person responsible;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person accountable;

  @ManyToOne(fetch = FetchType.LAZY)
  private Body accountableBody;

  @Column(nullable = false)
  private int sortOrder;

  @ManyToMany
  @JoinTable(
      name = "framework_link",
      joinColumns = @JoinColumn(name = "item_id"),
      inverseJoinColumns = @JoinColumn(name = "parent_id"))
  private Set<FrameworkItem> contributesTo = new LinkedHashSet<>();

  protected FrameworkItem() {}

  public FrameworkItem(String code, String title, ItemType type, Plan plan) {
    this.code = code;
    this.title = title;
    this.type = type;
    moveToPlan(plan);
  }

  public void describe(String code, String title, ItemType newType, String description) {
    requirePlanAllowsChanges();
    if (newType != type && !contributesTo.isEmpty()) {
      for (FrameworkItem parent : contributesTo) {
        if (!newType.canContributeTo(parent.type)) {
          throw new RuleViolationException(
              "type",
              capitalised(newType.withArticle())
                  + " cannot contribute to "
                  + parent.label()
                  + ". Remove that link first.");
        }
      }
    }
    this.code = code;
    this.title = title;
    this.type = newType;
    this.description = description;
  }

  public void moveToPlan(Plan newPlan) {
    requirePlanAllowsChanges();
    if (newPlan != null) {
      newPlan.requireChangesAllowed();
    }
    this.plan = newPlan;
  }

  public void assign(Person responsible, Person accountable, Body accountableBody) {
    requirePlanAllowsChanges();
    this.responsible = responsible;
    this.accountable = accountable;
    this.accountableBody = accountableBody;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  /**
   * Links this item to one it contributes to. Refuses a link to a lower level, or one that would
   * close a loop (the parent already contributes, however indirectly, to this item).
   */
  public void contributeTo(FrameworkItem parent) {
    requirePlanAllowsChanges();
    if (parent.equals(this)) {
      throw new RuleViolationException("parentId", "An item cannot contribute to itself.");
    }
    if (!type.canContributeTo(parent.type)) {
      throw new RuleViolationException(
          "parentId",
          type == ItemType.VISION || type == ItemType.VALUE
              ? "The " + type.label().toLowerCase() + " does not contribute to other items."
              : capitalised(type.withArticle())
                  + " cannot contribute to "
                  + parent.type.withArticle()
                  + ": link it to something at a higher level.");
    }
    if (parent.contributesToIndirectly(this)) {
      throw new RuleViolationException(
          "parentId",
          parent.label()
              + " already contributes to "
              + label()
              + ", so linking them this way round would make a loop.");
    }
    contributesTo.add(parent);
  }

  public void stopContributingTo(FrameworkItem parent) {
    requirePlanAllowsChanges();
    contributesTo.remove(parent);
  }

  /** True when this item contributes to {@code target} through any chain of links. */
  public boolean contributesToIndirectly(FrameworkItem target) {
    Set<FrameworkItem> seen = new HashSet<>();
    Deque<FrameworkItem> toVisit = new ArrayDeque<>(contributesTo);
    while (!toVisit.isEmpty()) {
      FrameworkItem next = toVisit.pop();
      if (next.equals(target)) {
        return true;
      }
      if (seen.add(next)) {
        toVisit.addAll(next.contributesTo);
      }
    }
    return false;
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private void requirePlanAllowsChanges() {
    if (plan != null) {
      plan.requireChangesAllowed();
    }
  }

  public Responsibility responsibility() {
    return new Responsibility(
        responsible == null ? null : responsible.getId(),
        accountable == null ? null : accountable.getId(),
        plan == null || plan.getOrgUnit() == null ? null : plan.getOrgUnit().getId());
  }

  @Override
  public String label() {
    return code + " " + title;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public ItemType getType() {
    return type;
  }

  public String getDescription() {
    return description;
  }

  public Plan getPlan() {
    return plan;
  }

  public Person getResponsible() {
    return responsible;
  }

  public Person getAccountable() {
    return accountable;
  }

  public Body getAccountableBody() {
    return accountableBody;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public List<FrameworkItem> getContributesTo() {
    return contributesTo.stream().sorted(Comparator.comparing(FrameworkItem::getCode)).toList();
  }
}
