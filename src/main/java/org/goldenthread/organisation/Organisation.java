package org.goldenthread.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** The council itself, or a partner organisation (police, health, fire, voluntary sector). */
@Entity
@Audited
public class Organisation extends BaseEntity {

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private OrganisationKind kind;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private Sector sector;

  @Column(length = 300)
  private String website;

  @Column(length = 4000)
  private String description;

  protected Organisation() {}

  public Organisation(String name, OrganisationKind kind, Sector sector) {
    this.name = name;
    this.kind = kind;
    this.sector = sector;
  }

  public void update(String name, Sector sector, String website, String description) {
    this.name = name;
    this.sector = sector;
    this.website = website;
    this.description = description;
  }

  @Override
  public String label() {
    return name;
  }

  public String getName() {
    return name;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public Sector getSector() {
    return sector;
  }

  public String getWebsite() {
    return website;
  }

  public String getDescription() {
    return description;
  }
}
