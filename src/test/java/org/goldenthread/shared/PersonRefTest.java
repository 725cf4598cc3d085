package org.goldenthread.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether two records name the same person: ids decide; names only for records without them. */
class PersonRefTest {

  @Test
  void samePersonWhateverTheirNameThenAndNow() {
    assertThat(
            new PersonRef(1L, 11L, "Sam Patel")
                .isSamePersonAs(new PersonRef(1L, 11L, "Sam Okafor")))
        .isTrue();
  }

  @Test
  void differentPeopleOfTheSameNameAreNotTheSame() {
    assertThat(
            new PersonRef(1L, 11L, "Sam Patel").isSamePersonAs(new PersonRef(2L, 12L, "Sam Patel")))
        .isFalse();
    assertThat(PersonRef.person(1, "Sam Patel").isSamePersonAs(PersonRef.person(2, "Sam Patel")))
        .isFalse();
  }

  @Test
  void thePersonDecidesWhenBothAreKnown() {
    assertThat(new PersonRef(1L, 11L, "Sam").isSamePersonAs(new PersonRef(1L, 12L, "Sam")))
        .isTrue();
    assertThat(new PersonRef(1L, 11L, "Sam").isSamePersonAs(new PersonRef(2L, 11L, "Sam")))
        .isFalse();
  }

  @Test
  void theAccountDecidesForAnAccountWithoutAPerson() {
    assertThat(new PersonRef(null, 11L, "spatel").isSamePersonAs(new PersonRef(1L, 11L, "Sam")))
        .isTrue();
    assertThat(
            new PersonRef(null, 11L, "spatel").isSamePersonAs(new PersonRef(null, 12L, "spatel")))
        .isFalse();
    assertThat(new PersonRef(null, 11L, "Sam").isSamePersonAs(PersonRef.person(1, "Sam")))
        .isFalse();
  }

  @Test
  void aRecordFromBeforeIdsIsMatchedByName() {
    PersonRef byName = new PersonRef(null, null, "Sam Patel");

    assertThat(byName.isSamePersonAs(new PersonRef(2L, 12L, "Sam Patel"))).isTrue();
    assertThat(new PersonRef(2L, 12L, "Sam Patel").isSamePersonAs(byName)).isTrue();
    assertThat(byName.isSamePersonAs(new PersonRef(3L, 13L, "Priya Shah"))).isFalse();
  }

  @Test
  void noOneIsNotAnyone() {
    assertThat(PersonRef.person(1, "Sam").isSamePersonAs(null)).isFalse();
    assertThat(PersonRef.recorded(null, 1L, 11L)).isNull();
  }
}
