package org.goldenthread.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A risk's move from one register to another: escalated to a higher one (service → directorate →
 * corporate) or de-escalated to a lower one, with the reason. Both registers show it.
 */
@Entity
@Audited
public class RiskEscalation extends BaseEntity {

  /** Which way the risk moved. */
  public enum Direction {
    ESCALATED("Escalated"),
    DE_ESCALATED("De-escalated");

    private final String label;

    Direction(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Risk risk;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private RiskRegister fromRegister;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private RiskRegister toRegister;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Direction direction;

  @Column(nullable = false, length = 4000)
  private String reason;

  @Column(nullable = false)
  private LocalDate movedOn;

  @Column(nullable = false, length = 200)
  private String movedBy;

  private Long movedByPersonId;

  private Long movedByAccountId;

  protected RiskEscalation() {}

  RiskEscalation(
      Risk risk, RiskRegister from, RiskRegister to, String reason, LocalDate on, PersonRef by) {
    this.risk = risk;
    this.fromRegister = from;
    this.toRegister = to;
    this.direction =
        to.getLevel().isAbove(from.getLevel()) ? Direction.ESCALATED : Direction.DE_ESCALATED;
    this.reason = reason;
    this.movedOn = on;
    this.movedBy = by.name();
    this.movedByPersonId = by.personId();
    this.movedByAccountId = by.accountId();
  }

  @Override
  public String label() {
    return direction.label() + " " + risk.getCode() + " to " + toRegister.getName();
  }

  public Risk getRisk() {
    return risk;
  }

  public RiskRegister getFromRegister() {
    return fromRegister;
  }

  public RiskRegister getToRegister() {
    return toRegister;
  }

  public Direction getDirection() {
    return direction;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getMovedOn() {
    return movedOn;
  }

  public PersonRef getMovedBy() {
    return PersonRef.recorded(movedBy, movedByPersonId, movedByAccountId);
  }
}
