package org.goldenthread.organisation.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.envers.Audited;

/** A Cabinet member's portfolio: the services they answer for. */
@Entity
@Audited
public class Portfolio extends BaseEntity {

  @Column(nullable = false, length = 200)
  private String title;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person holder;

  @Column(length = 4000)
  private String description;

  @ManyToMany
  @JoinTable(
      name = "portfolio_service",
      joinColumns = @JoinColumn(name = "portfolio_id"),
      inverseJoinColumns = @JoinColumn(name = "org_unit_id"))
  private Set<OrgUnit> services = new LinkedHashSet<>();

  protected Portfolio() {}

  public Portfolio(String title, Person holder) {
    this.title = title;
    this.holder = holder;
  }

  public void update(String title, Person holder, String description) {
    this.title = title;
    this.holder = holder;
    this.description = description;
  }

  public void replaceServices(Set<OrgUnit> newServices) {
    services.retainAll(newServices);
    services.addAll(newServices);
  }

  @Override
  public String label() {
    return title;
  }

  public String getTitle() {
    return title;
  }

  public Person getHolder() {
    return holder;
  }

  public String getDescription() {
    return description;
  }

  public List<OrgUnit> getServices() {
    return services.stream().sorted(Comparator.comparing(OrgUnit::getName)).toList();
  }
}
