package org.goldenthread.setup;

import java.util.Set;
import org.goldenthread.account.AccountForm;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.Role;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitRepository;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.OrganisationKind;
import org.goldenthread.organisation.OrganisationRepository;
import org.goldenthread.organisation.Sector;
import org.goldenthread.shared.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a production database's first start (demo data off), creates the council and a first
 * administrator from settings, so that the performance team can sign in and build the rest.
 */
@Component
@Order(0)
class FirstRunSetup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

  private final FirstRunProperties settings;
  private final DemoProperties demo;
  private final OrganisationRepository organisations;
  private final OrgUnitRepository units;
  private final AccountService accounts;

  FirstRunSetup(
      FirstRunProperties settings,
      DemoProperties demo,
      OrganisationRepository organisations,
      OrgUnitRepository units,
      AccountService accounts) {
    this.settings = settings;
    this.demo = demo;
    this.organisations = organisations;
    this.units = units;
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (organisations.count() > 0 || !accounts.all().isEmpty()) {
      return;
    }
    if (!settings.complete()) {
      if (demo.enabled()) {
        return; // the demo council is about to be loaded instead
      }
      log.warn(
          "No council set up yet. Set GOLDENTHREAD_SETUP_COUNCIL_NAME,"
              + " GOLDENTHREAD_SETUP_ADMIN_USERNAME and GOLDENTHREAD_SETUP_ADMIN_PASSWORD"
              + " (or leave demo data on) to create the council and a first administrator.");
      return;
    }
    String name = settings.councilName().trim();
    organisations.save(new Organisation(name, OrganisationKind.COUNCIL, Sector.LOCAL_GOVERNMENT));
    units.save(new OrgUnit(name, "COUNCIL", OrgUnitType.COUNCIL, null));
    accounts.create(
        new AccountForm(
            settings.adminUsername().trim(),
            null,
            Set.of(Role.ADMIN),
            true,
            settings.adminPassword(),
            null));
    log.info("Created {} and the administrator account {}", name, settings.adminUsername());
  }
}
