package org.goldenthread.framework;

/** The kinds of plan a council keeps (SPEC §2). */
public enum PlanType {
  COMMUNITY_STRATEGY("Community Strategy"),
  LOCAL_AREA_AGREEMENT("Local Area Agreement"),
  PARTNERSHIP_PLAN("Partnership Plan"),
  CORPORATE_PLAN("Corporate Plan / Council Business Plan"),
  MEDIUM_TERM_FINANCIAL_STRATEGY("Medium Term Financial Strategy"),
  PERFORMANCE_PLAN("Annual Performance Plan"),
  DIRECTORATE_PLAN("Directorate Plan"),
  SERVICE_PLAN("Service Business Plan"),
  PROGRAMME("Programme"),
  PROJECT("Project"),
  INDIVIDUAL_WORK_PLAN("Individual work plan");

  private final String label;

  PlanType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
