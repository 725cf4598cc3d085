package org.goldenthread.risk.imports;

import static org.goldenthread.risk.imports.RiskFileValues.date;
import static org.goldenthread.risk.imports.RiskFileValues.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goldenthread.organisation.Person;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.spreadsheet.SheetWriter;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risks a person reads, as rows for a CSV file or workbook in exactly the columns and words the
 * import reads, so that an exported register imports without changing anything. A confidential risk
 * is written only for those it may be described to. The scores, band, appetite flag, movement and
 * controls are as of today, for people to read; the import passes over them.
 */
@Service
@Transactional(readOnly = true)
class RiskExport {

  private final RiskService risks;
  private final RiskRegisters registers;
  private final RiskAccess access;
  private final RiskScoring scoring;

  RiskExport(RiskService risks, RiskRegisters registers, RiskAccess access, RiskScoring scoring) {
    this.risks = risks;
    this.registers = registers;
    this.access = access;
    this.scoring = scoring;
  }

  /** Every risk the person reads, or those on the register named (by code or name). */
  public byte[] csv(Authentication who, String register) {
    return SheetWriter.csv(rows(who, register));
  }

  /** A workbook with real dates and numbers, so that a spreadsheet can sort and filter them. */
  public byte[] xlsx(Authentication who, String register) {
    return SheetWriter.xlsx("Risks", RiskColumns.LAYOUT, rows(who, register));
  }

  List<List<String>> rows(Authentication who, String register) {
    List<Risk> chosen;
    if (register == null || register.isBlank()) {
      chosen = risks.all();
    } else {
      RiskRegister named =
          registers
              .named(register)
              .orElseThrow(() -> new RecordNotFoundException("Register", register));
      chosen = risks.onRegister(named.getId());
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(RiskColumns.LAYOUT.headings());
    RiskAccess.Reader reader = access.reader(who);
    for (Risk r : chosen) {
      if (reader.reads(r) && reader.describes(r)) {
        rows.add(row(r, scoring.facts(r)));
      }
    }
    return rows;
  }

  private List<String> row(Risk r, RiskFacts facts) {
    return List.of(
        r.getCode(),
        r.getRegister().getCode(),
        r.getTitle(),
        text(r.getCause()),
        text(r.getEvent()),
        text(r.getConsequence()),
        r.getCategory().getName(),
        person(r.getOwner()),
        r.getAccountable() != null
            ? person(r.getAccountable())
            : r.getAccountableBody() == null ? "" : r.getAccountableBody().getName(),
        String.valueOf(r.inherent().likelihood()),
        String.valueOf(r.inherent().impact()),
        String.valueOf(r.current().likelihood()),
        String.valueOf(r.current().impact()),
        String.valueOf(r.target().likelihood()),
        String.valueOf(r.target().impact()),
        RiskFileValues.FREQUENCIES.write(r.getReviewFrequency()),
        date(r.getLastReviewed()),
        codes(r.getItems(), i -> i.getCode()),
        codes(r.getIndicators(), i -> i.getCode()),
        codes(r.getActions(), a -> a.getCode()),
        date(r.getOpenedOn()),
        RiskFileValues.STATES.write(r.getState()),
        date(r.getClosedOn()),
        text(r.getClosedReason()),
        RiskFileValues.YES_NO.write(r.isConfidential()),
        codes(r.getReaders(), RiskExport::person),
        String.valueOf(facts.inherent().value()),
        String.valueOf(facts.current().value()),
        String.valueOf(facts.target().value()),
        scoring.bands().look(facts.band()).word(),
        RiskFileValues.YES_NO.write(facts.aboveAppetite()),
        facts.movement().label(),
        date(facts.nextReview()),
        RiskFileValues.YES_NO.write(facts.overdue()),
        r.getControls().stream()
            .map(c -> c.getDescription() + " (" + c.getEffectiveness().label() + ")")
            .collect(Collectors.joining("; ")));
  }

  /** The email address where there is one, as two people may share a name. */
  private static String person(Person p) {
    return p.getEmail() != null && !p.getEmail().isBlank() ? p.getEmail() : p.getFullName();
  }

  private static <T> String codes(Collection<T> records, Function<T, String> code) {
    return records.stream().map(code).sorted().collect(Collectors.joining("; "));
  }
}
