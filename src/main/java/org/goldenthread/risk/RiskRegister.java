package org.goldenthread.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.goldenthread.framework.Plan;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.shared.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A risk register (SPEC §6): the corporate (strategic) register, or one per directorate, service,
 * project or partnership, owned by an org unit, a plan or a partnership body.
 */
@Entity
@Audited
public class RiskRegister extends BaseEntity {

  @Column(nullable = false, length = 30, unique = true)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private RiskLevel level;

  /** The directorate or service that owns the register; the council's top unit for corporate. */
  @ManyToOne(fetch = FetchType.LAZY)
  private OrgUnit orgUnit;

  /** The project's plan, for a project register. */
  @ManyToOne(fetch = FetchType.LAZY)
  private Plan plan;

  /** The partnership body, for a partnership register. */
  @ManyToOne(fetch = FetchType.LAZY)
  private Body body;

  @Column(length = 2000)
  private String description;

  protected RiskRegister() {}

  public RiskRegister(String code, String name, RiskLevel level) {
    describe(code, name, level, null);
  }

  public void describe(String code, String name, RiskLevel level, String description) {
    this.code = code;
    this.name = name;
    this.level = level;
    this.description = description;
  }

  public void ownBy(OrgUnit orgUnit, Plan plan, Body body) {
    this.orgUnit = orgUnit;
    this.plan = plan;
    this.body = body;
  }

  @Override
  public String label() {
    return name;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public RiskLevel getLevel() {
    return level;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public Plan getPlan() {
    return plan;
  }

  public Body getBody() {
    return body;
  }

  public String getDescription() {
    return description;
  }
}
