package org.goldenthread.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.account.PartnerScope;
import org.goldenthread.account.PartnerScopes;
import org.goldenthread.account.ResponsibilityPolicy;
import org.goldenthread.account.Role;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with risks (M8, SPEC §12), used as {@code @riskAccess}:
 *
 * <ul>
 *   <li>Administrators read and change everything.
 *   <li>A risk's owner and accountable person update and review it, and read it wherever it is.
 *   <li>Staff read the corporate and partnership registers and the registers of their own unit and
 *       of the units they lead: a director their directorate's, a manager their service's.
 *   <li>Members read the corporate register (and the risk reports sent to their bodies, which the
 *       reports decide).
 *   <li>Partner users read only the registers of the partnership bodies their organisation sits on.
 *   <li>A confidential risk is described only to its owner, accountable person, administrators and
 *       the people named on it. Everyone else who reads its register sees it counted, never
 *       described; public pages never show it.
 * </ul>
 */
@Component("riskAccess")
@Transactional(readOnly = true)
public class RiskAccess {

  private final ResponsibilityPolicy policy;
  private final PartnerScopes partners;
  private final OrgUnitService units;
  private final PersonService people;
  private final RiskRepository risks;
  private final RiskRegisterRepository registers;

  RiskAccess(
      ResponsibilityPolicy policy,
      PartnerScopes partners,
      OrgUnitService units,
      PersonService people,
      RiskRepository risks,
      RiskRegisterRepository registers) {
    this.policy = policy;
    this.partners = partners;
    this.units = units;
    this.people = people;
    this.risks = risks;
    this.registers = registers;
  }

  /** Whether the signed-in person reads this register. */
  public boolean canReadRegister(Authentication authentication, long registerId) {
    return registers
        .findById(registerId)
        .map(register -> canReadRegister(authentication, register))
        .orElse(true);
  }

  /** The same, for the API's addresses by code (an unknown code is left to answer 404). */
  public boolean canReadRegisterCode(Authentication authentication, String code) {
    return registers
        .findByCodeIgnoreCase(code)
        .map(register -> canReadRegister(authentication, register))
        .orElse(true);
  }

  public boolean canReadRegister(Authentication authentication, RiskRegister register) {
    return reader(authentication).readsRegister(register);
  }

  /**
   * Whether the signed-in person reads this risk: its register, or they own it, answer for it or
   * are named on it. Reading a confidential risk's register is not enough to read the risk.
   */
  public boolean canRead(Authentication authentication, long riskId) {
    return risks.findById(riskId).map(risk -> canRead(authentication, risk)).orElse(true);
  }

  /** The same, for the API's addresses by code (an unknown code is left to answer 404). */
  public boolean canReadCode(Authentication authentication, String code) {
    return risks.findByCodeIgnoreCase(code).map(risk -> canRead(authentication, risk)).orElse(true);
  }

  public boolean canRead(Authentication authentication, Risk risk) {
    return reader(authentication).reads(risk);
  }

  /**
   * Whether the risk may be described (title, cause, controls…) to the signed-in person; a
   * confidential risk they may not read is counted but not described.
   */
  public boolean canDescribe(Authentication authentication, Risk risk) {
    return reader(authentication).describes(risk);
  }

  /** The same by the risk's id (an unknown risk is not described), for reports. */
  public boolean canDescribe(Authentication authentication, long riskId) {
    return risks.findById(riskId).map(risk -> canDescribe(authentication, risk)).orElse(false);
  }

  /** From a list, the risks the signed-in person reads. */
  public <T> List<T> readable(Authentication authentication, List<T> all, Function<T, Risk> risk) {
    Reader reader = reader(authentication);
    return all.stream().filter(x -> reader.reads(risk.apply(x))).toList();
  }

  /**
   * Updating, reviewing, closing, escalating and its controls: owner, accountable person, admin.
   */
  public boolean canUpdate(Authentication authentication, long riskId) {
    return risks.findById(riskId).map(risk -> canUpdate(authentication, risk)).orElse(true);
  }

  public boolean canUpdateCode(Authentication authentication, String code) {
    return risks
        .findByCodeIgnoreCase(code)
        .map(risk -> canUpdate(authentication, risk))
        .orElse(true);
  }

  public boolean canUpdate(Authentication authentication, Risk risk) {
    return policy.canEdit(authentication, risk.responsibility());
  }

  /** Opening new risks: the performance team, directors and managers. */
  public boolean canCreate(Authentication authentication) {
    return policy.hasAnyRole(authentication, Role.ADMIN, Role.DIRECTOR, Role.MANAGER);
  }

  /** Registers, categories, appetite and descriptors are the performance team's to keep. */
  public boolean canManage(Authentication authentication) {
    return policy.hasAnyRole(authentication, Role.ADMIN);
  }

  /**
   * The signed-in person as the read rules see them, looked up once: for a list, ask this rather
   * than {@link #canRead} per risk, which looks them up each time.
   */
  public Reader reader(Authentication authentication) {
    return new Reader(authentication);
  }

  /** Who is reading: their roles, partner scope and units, each looked up at most once. */
  public final class Reader {

    private final Authentication authentication;
    private final CurrentUser user;
    private final boolean admin;
    private Optional<PartnerScope> scope;
    private Set<Long> units;

    private Reader(Authentication authentication) {
      this.authentication = authentication;
      this.user = user(authentication).orElse(null);
      this.admin = user != null && user.has(Role.ADMIN);
    }

    public boolean readsRegister(RiskRegister register) {
      if (user == null) {
        return false;
      }
      if (admin) {
        return true;
      }
      Optional<PartnerScope> partner = scope();
      if (partner.isPresent()) {
        return register.getLevel() == RiskLevel.PARTNERSHIP
            && register.getBody() != null
            && partner.get().bodyIds().contains(register.getBody().getId());
      }
      if (register.getLevel() == RiskLevel.CORPORATE) {
        return true;
      }
      if (!isStaff(user)) {
        return false;
      }
      if (register.getLevel() == RiskLevel.PARTNERSHIP) {
        return true;
      }
      return register.getOrgUnit() != null && units().contains(register.getOrgUnit().getId());
    }

    /** See {@link RiskAccess#canRead(Authentication, Risk)}. */
    public boolean reads(Risk risk) {
      return isNamedOn(risk) || (!risk.isConfidential() && readsRegister(risk.getRegister()));
    }

    /** See {@link RiskAccess#canDescribe(Authentication, Risk)}. */
    public boolean describes(Risk risk) {
      return !risk.isConfidential() || isNamedOn(risk);
    }

    private boolean isNamedOn(Risk risk) {
      if (user == null) {
        return false;
      }
      if (admin) {
        return true;
      }
      Long me = user.personId();
      if (me == null) {
        return false;
      }
      return me.equals(risk.getOwner().getId())
          || (risk.getAccountable() != null && me.equals(risk.getAccountable().getId()))
          || risk.getReaders().stream().anyMatch(p -> me.equals(p.getId()));
    }

    private Optional<PartnerScope> scope() {
      if (scope == null) {
        scope = partners.of(authentication);
      }
      return scope;
    }

    /** The units whose registers a staff member reads: their own and those they lead. */
    private Set<Long> units() {
      if (units == null) {
        units = unitsOf(user);
      }
      return units;
    }
  }

  private Set<Long> unitsOf(CurrentUser user) {
    Long me = user.personId();
    if (me == null) {
      return Set.of();
    }
    Set<Long> ids = new HashSet<>(RiskAccess.this.units.unitIdsLedBy(me));
    Person person = people.get(me);
    OrgUnit own = person.getOrgUnit();
    if (own != null) {
      ids.add(own.getId());
    }
    return ids;
  }

  private static boolean isStaff(CurrentUser user) {
    return user.has(Role.DIRECTOR) || user.has(Role.MANAGER) || user.has(Role.OFFICER);
  }

  private static Optional<CurrentUser> user(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
        ? Optional.of(user)
        : Optional.empty();
  }
}
