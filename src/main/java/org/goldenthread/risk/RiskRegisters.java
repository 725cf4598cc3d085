package org.goldenthread.risk;

import static org.goldenthread.shared.Text.blankToNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.goldenthread.framework.PlanService;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers, and the lists the performance team keeps for risk: categories with their appetite,
 * and what each likelihood and impact level means.
 */
@Service
@Transactional
public class RiskRegisters {

  private final RiskRegisterRepository registers;
  private final RiskCategoryRepository categories;
  private final RiskDescriptorRepository descriptors;
  private final OrgUnitService units;
  private final PlanService plans;
  private final GovernanceService governance;

  RiskRegisters(
      RiskRegisterRepository registers,
      RiskCategoryRepository categories,
      RiskDescriptorRepository descriptors,
      OrgUnitService units,
      PlanService plans,
      GovernanceService governance) {
    this.registers = registers;
    this.categories = categories;
    this.descriptors = descriptors;
    this.units = units;
    this.plans = plans;
    this.governance = governance;
  }

  @Transactional(readOnly = true)
  public RiskRegister get(long id) {
    return registers
        .findById(id)
        .orElseThrow(
            () -> new RuleViolationException("registerId", "Choose a register from the list"));
  }

  /** The register with this id, or 404 (for pages addressed by register). */
  @Transactional(readOnly = true)
  public RiskRegister find(long id) {
    return registers.findById(id).orElseThrow(() -> new RecordNotFoundException("Register", id));
  }

  /** Every register, highest level first. */
  @Transactional(readOnly = true)
  public List<RiskRegister> all() {
    return registers.findAllInOrder();
  }

  /**
   * The register a file or a person names: by code, then by name, then by its level's word when
   * just one register is at that level ("Corporate", "Strategic").
   */
  @Transactional(readOnly = true)
  public Optional<RiskRegister> named(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = text.strip();
    Optional<RiskRegister> byCode = registers.findByCodeIgnoreCase(wanted);
    if (byCode.isPresent()) {
      return byCode;
    }
    List<RiskRegister> byName = registers.findByNameIgnoreCase(wanted);
    if (byName.size() == 1) {
      return Optional.of(byName.get(0));
    }
    return levelNamed(wanted)
        .map(registers::findByLevel)
        .filter(found -> found.size() == 1)
        .map(found -> found.get(0));
  }

  private static Optional<RiskLevel> levelNamed(String text) {
    String word =
        text.toLowerCase(Locale.UK).replace("risk register", "").replace("register", "").strip();
    if (word.equals("strategic")) {
      return Optional.of(RiskLevel.CORPORATE);
    }
    for (RiskLevel level : RiskLevel.values()) {
      if (level.name().equalsIgnoreCase(word) || level.label().equalsIgnoreCase(word)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  public RiskRegister create(RegisterForm form) {
    refuseTakenCode(form.code(), null);
    RiskRegister register = new RiskRegister(form.code(), form.name(), form.level());
    apply(register, form);
    return registers.save(register);
  }

  public RiskRegister update(long id, RegisterForm form) {
    RiskRegister register = find(id);
    Versioned.check("register", register.getVersion(), form.version());
    refuseTakenCode(form.code(), register);
    apply(register, form);
    return register;
  }

  private void apply(RiskRegister register, RegisterForm form) {
    register.describe(form.code(), form.name(), form.level(), blankToNull(form.description()));
    if (form.level() == RiskLevel.PARTNERSHIP && form.bodyId() == null) {
      throw new RuleViolationException(
          "bodyId", "Choose the partnership body that owns a partnership register");
    }
    if (form.level() == RiskLevel.PROJECT && form.planId() == null && form.orgUnitId() == null) {
      throw new RuleViolationException(
          "planId", "Choose the project's plan, or the unit that runs it");
    }
    register.ownBy(
        form.orgUnitId() == null ? null : units.get(form.orgUnitId()),
        form.planId() == null ? null : plans.get(form.planId()),
        form.bodyId() == null ? null : governance.body(form.bodyId()));
  }

  private void refuseTakenCode(String code, RiskRegister self) {
    registers
        .findByCodeIgnoreCase(code)
        .filter(other -> !other.equals(self))
        .ifPresent(
            other -> {
              throw new RuleViolationException(
                  "code", "The code " + code + " is already used by " + other.getName());
            });
  }

  @Transactional(readOnly = true)
  public List<RiskCategory> categories() {
    return categories.findAllByOrderBySortOrderAscNameAsc();
  }

  @Transactional(readOnly = true)
  public RiskCategory category(long id) {
    return categories
        .findById(id)
        .orElseThrow(
            () -> new RuleViolationException("categoryId", "Choose a category from the list"));
  }

  /** The category a file names, by code or by name. */
  @Transactional(readOnly = true)
  public Optional<RiskCategory> categoryNamed(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = text.strip();
    return categories
        .findByCodeIgnoreCase(wanted)
        .or(() -> categories.findByNameIgnoreCase(wanted))
        .or(() -> categories.findByNameIgnoreCase(wanted.replace("&", "and")));
  }

  /** Sets a category's appetite: the highest current score accepted, or none. */
  public RiskCategory setAppetite(long categoryId, Integer appetite, Long version) {
    RiskCategory category = category(categoryId);
    Versioned.check("category", category.getVersion(), version);
    category.setAppetite(appetite);
    return category;
  }

  public RiskCategory addCategory(String code, String name, Integer appetite) {
    if (categories.findByCodeIgnoreCase(code).isPresent()
        || categories.findByNameIgnoreCase(name).isPresent()) {
      throw new RuleViolationException("name", "There is already a category " + name);
    }
    int last = categories().stream().mapToInt(RiskCategory::getSortOrder).max().orElse(0);
    return categories.save(new RiskCategory(code, name, appetite, last + 1));
  }

  /** What each level means, likelihood first, then impact by area. */
  @Transactional(readOnly = true)
  public List<RiskDescriptor> descriptors() {
    return descriptors.findAllByOrderByScaleAscAreaAscLevelAsc();
  }

  public RiskDescriptor describeLevel(
      long descriptorId, String word, String description, Long version) {
    RiskDescriptor descriptor =
        descriptors
            .findById(descriptorId)
            .orElseThrow(() -> new RecordNotFoundException("Descriptor", descriptorId));
    Versioned.check("descriptor", descriptor.getVersion(), version);
    if (word == null || word.isBlank() || description == null || description.isBlank()) {
      throw new RuleViolationException("description", "Enter both the word and what it means");
    }
    descriptor.describe(word.strip(), description.strip());
    return descriptor;
  }
}
