package org.goldenthread.organisation.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A body that receives reports and approves plans: Cabinet, a committee, an officer board. */
@Entity
@Audited
public class Body extends BaseEntity {

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private BodyType type;

  @Column(length = 4000)
  private String description;

  @Column(nullable = false)
  private int sortOrder;

  protected Body() {}

  public Body(String name, BodyType type) {
    this.name = name;
    this.type = type;
  }

  public void update(String name, BodyType type, String description, int sortOrder) {
    this.name = name;
    this.type = type;
    this.description = description;
    this.sortOrder = sortOrder;
  }

  @Override
  public String label() {
    return name;
  }

  public String getName() {
    return name;
  }

  public BodyType getType() {
    return type;
  }

  public String getDescription() {
    return description;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
