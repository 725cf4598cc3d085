package org.goldenthread.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.organisation.PersonRepository;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.BodyForm;
import org.goldenthread.organisation.governance.BodyMembership;
import org.goldenthread.organisation.governance.BodyType;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.MembershipForm;
import org.goldenthread.organisation.governance.MembershipRole;
import org.goldenthread.shared.Actor;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@GoldenThreadTest
class AuditTrailTest {

  @Autowired AuditTrail audit;
  @Autowired GovernanceService governance;
  @Autowired PersonRepository people;
  @Autowired DemoUsers users;
  @Autowired MockMvc mvc;
  @Autowired EntityManager em;
  @Autowired UserDetailsService accounts;

  @AfterEach
  void signOut() {
    DemoUsers.signOut();
  }

  private List<RecordChange> historyOf(String type, Object id) {
    return audit.search(AuditQuery.forRecord(type, id), Pageable.ofSize(50)).getContent();
  }

  @Test
  void createChangeAndDeleteAreEachRecordedWithWhoAndTheValuesBeforeAndAfter() {
    users.signInAs("admin");
    String name = "Task and Finish Group " + UUID.randomUUID().toString().substring(0, 6);
    Body body = governance.createBody(new BodyForm(name, BodyType.OFFICER_BOARD, null, "9", null));
    governance.updateBody(
        body.getId(), new BodyForm(name, BodyType.PARTNERSHIP_BOARD, "Now a partnership", "9", 0L));
    BodyMembership seat =
        governance.addMember(
            body.getId(),
            new MembershipForm(
                people.search("Claire Dawson", null).get(0).getId(), MembershipRole.CHAIR));
    governance.removeMember(body.getId(), seat.getId());

    List<RecordChange> bodyHistory = historyOf("Body", body.getId());
    assertThat(bodyHistory).extracting(RecordChange::action).containsExactly("CHANGED", "CREATED");
    RecordChange changed = bodyHistory.get(0);
    assertThat(changed.actor()).isEqualTo("admin");
    assertThat(changed.actorName()).isEqualTo("Ben Taylor");
    assertThat(changed.recordLabel()).isEqualTo(name);
    assertThat(changed.fields())
        .containsExactlyInAnyOrder(
            new FieldChange("Type", "Officer board", "Partnership board"),
            new FieldChange("Description", "", "Now a partnership"));

    List<RecordChange> seatHistory = historyOf("BodyMembership", seat.getId());
    assertThat(seatHistory).extracting(RecordChange::action).containsExactly("DELETED", "CREATED");
    assertThat(seatHistory.get(0).fields())
        .contains(new FieldChange("Role", "Chair", ""))
        .contains(new FieldChange("Person", "Claire Dawson", ""));
  }

  @Test
  void filtersByPersonRecordTypeAndDate() {
    users.signInAs("manager");
    String name = "Manager's board " + UUID.randomUUID().toString().substring(0, 6);
    Body body = governance.createBody(new BodyForm(name, BodyType.OFFICER_BOARD, null, "0", null));

    List<RecordChange> byManager =
        audit
            .search(new AuditQuery("Body", null, "manager", null, null), Pageable.ofSize(100))
            .getContent();
    assertThat(byManager).extracting(RecordChange::recordLabel).contains(name);
    assertThat(byManager).allSatisfy(c -> assertThat(c.actor()).isEqualTo("manager"));

    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    assertThat(
            audit
                .search(
                    new AuditQuery("Body", body.getId().toString(), null, today, today),
                    Pageable.ofSize(5))
                .getTotalElements())
        .isEqualTo(1);
    assertThat(
            audit
                .search(
                    new AuditQuery(
                        "Body",
                        body.getId().toString(),
                        null,
                        today.minusDays(7),
                        today.minusDays(1)),
                    Pageable.ofSize(5))
                .getTotalElements())
        .isZero();
    assertThat(
            audit
                .search(
                    new AuditQuery("Person", body.getId().toString(), "manager", null, null),
                    Pageable.ofSize(5))
                .getContent())
        .extracting(RecordChange::recordLabel)
        .doesNotContain(name);
  }

  @Test
  void eachRevisionNamesTheAccountThatMadeItById() {
    users.signInAs("admin");
    String name = "Working Group " + UUID.randomUUID().toString().substring(0, 6);
    Body body = governance.createBody(new BodyForm(name, BodyType.OFFICER_BOARD, null, "9", null));

    AuditRevision revision =
        em.find(AuditRevision.class, historyOf("Body", body.getId()).get(0).revision());
    Actor admin = (Actor) accounts.loadUserByUsername("admin");
    assertThat(revision.getActorAccountId()).isEqualTo(admin.accountId());
    assertThat(revision.getActor()).isEqualTo("admin");
    assertThat(revision.getActorName()).isEqualTo("Ben Taylor");
  }

  @Test
  void theDemoCouncilIsRecordedAsLoadedByTheSystem() {
    assertThat(
            audit
                .search(new AuditQuery("OrgUnit", null, "system", null, null), Pageable.ofSize(5))
                .getTotalElements())
        .isGreaterThanOrEqualTo(20);
  }

  @Test
  void theAuditPageFiltersAndRefusesNonsenseDates() throws Exception {
    mvc.perform(get("/admin/audit").param("type", "OrgUnit").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Example Borough Council")));
    mvc.perform(get("/admin/audit").param("from", "31/02/2026").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a real date")));
    mvc.perform(
            get("/admin/audit")
                .param("from", "2026-05-01")
                .param("to", "2026-04-01")
                .with(users.as("admin")))
        .andExpect(content().string(containsString("The end date must be the same as or after")));
  }

  @Autowired org.goldenthread.framework.FrameworkItemRepository frameworkItems;

  @Test
  void aRecordIsFoundByItsCodeAsWellAsItsNumber() {
    long priority = frameworkItems.findByCodeIgnoreCase("P1").orElseThrow().getId();

    List<RecordChange> byCode =
        audit
            .search(new AuditQuery(null, " p1 ", null, null, null), Pageable.ofSize(50))
            .getContent();

    assertThat(byCode).isNotEmpty();
    assertThat(byCode).allSatisfy(c -> assertThat(c.recordType()).isEqualTo("FrameworkItem"));
    assertThat(byCode)
        .allSatisfy(c -> assertThat(c.recordId()).isEqualTo(String.valueOf(priority)));
    assertThat(byCode).hasSameSizeAs(historyOf("FrameworkItem", priority));
    assertThat(
            audit
                .search(new AuditQuery("Person", "P1", null, null, null), Pageable.ofSize(5))
                .getTotalElements())
        .isZero();
  }

  @Test
  void theKindOfChangeIsFilteredInTheQuery() {
    users.signInAs("admin");
    String name = "Short-lived board " + UUID.randomUUID().toString().substring(0, 6);
    Body body = governance.createBody(new BodyForm(name, BodyType.OFFICER_BOARD, null, "9", null));
    BodyMembership seat =
        governance.addMember(
            body.getId(),
            new MembershipForm(
                people.search("Claire Dawson", null).get(0).getId(), MembershipRole.MEMBER));
    governance.removeMember(body.getId(), seat.getId());

    List<RecordChange> deleted =
        audit
            .search(
                new AuditQuery(
                    "BodyMembership", seat.getId().toString(), null, null, null, "DELETED"),
                Pageable.ofSize(50))
            .getContent();
    assertThat(deleted).extracting(RecordChange::action).containsExactly("DELETED");
    assertThat(
            audit
                .search(
                    new AuditQuery(null, null, null, null, null, "CREATED"), Pageable.ofSize(50))
                .getContent())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.action()).isEqualTo("CREATED"));
  }

  @Test
  void theAuditPageShowsFiftyChangesAPageWithNumberedPages() throws Exception {
    long total =
        audit
            .search(new AuditQuery(null, null, null, null, null), Pageable.ofSize(1))
            .getTotalElements();
    assertThat(total).isGreaterThan(100);

    mvc.perform(get("/admin/audit").param("page", "2").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Changes 51 to 100 of ")))
        .andExpect(content().string(containsString("aria-label=\"Page 2\" aria-current=\"page\"")))
        .andExpect(content().string(containsString("rel=\"prev\"")))
        .andExpect(content().string(containsString("rel=\"next\"")));
    // The second page is the changes after the first fifty, newest first.
    List<RecordChange> firstHundred =
        audit
            .search(new AuditQuery(null, null, null, null, null), Pageable.ofSize(100))
            .getContent();
    List<RecordChange> second =
        audit
            .search(
                new AuditQuery(null, null, null, null, null),
                org.springframework.data.domain.PageRequest.of(1, 50))
            .getContent();
    assertThat(second).hasSize(50);
    assertThat(second.get(0).revision()).isEqualTo(firstHundred.get(50).revision());
  }

  @Test
  void theAuditPageFiltersByKindOfChangeAndRefusesAKindItDoesNotKnow() throws Exception {
    mvc.perform(
            get("/admin/audit")
                .param("type", "OrgUnit")
                .param("kind", "CREATED")
                .param("actor", "system")
                .with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Example Borough Council")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">Changed</span>"))));
    mvc.perform(get("/admin/audit").param("kind", "EXPLODED").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Choose a kind of change from the list")));
  }
}
