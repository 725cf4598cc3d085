package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BragTest {

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Blue|BLUE",
        "green|GREEN",
        "AMBER|AMBER",
        "Red|RED",
        "  red  |RED",
        "B|BLUE",
        "g|GREEN",
        "a|AMBER",
        " R |RED",
        "Completed|BLUE",
        "On course|GREEN",
        "ON COURSE|GREEN",
        "Achievement in question|AMBER",
        "not achieved, or will not be achieved|RED",
        "complete|BLUE",
        "Done|BLUE",
        "grn|GREEN",
        "On track|GREEN",
        "amb|AMBER",
        "AMB|AMBER",
        "In question|AMBER",
        "at risk|AMBER",
        "on target|GREEN",
        "Not achieved|RED",
        "will not be achieved|RED",
        "off track|RED",
      })
  void readsWordsLettersMeaningsAndTrackersShorthand(String text, Brag expected) {
    assertThat(Brag.read(text)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is not a status")
  @ValueSource(strings = {"", "  ", "gry", "grey", "purple", "bl", "rd", "green-ish"})
  void unknownTextReadsAsNothing(String text) {
    assertThat(Brag.read(text)).isEmpty();
  }

  @Test
  void nothingReadsAsNothing() {
    assertThat(Brag.read(null)).isEmpty();
  }

  @Test
  void onlyAmberAndRedNeedExplaining() {
    assertThat(Brag.BLUE.needsExplanation()).isFalse();
    assertThat(Brag.GREEN.needsExplanation()).isFalse();
    assertThat(Brag.AMBER.needsExplanation()).isTrue();
    assertThat(Brag.RED.needsExplanation()).isTrue();
  }

  @Test
  void eachStatusHasADistinctSymbolSoColourIsNotTheOnlySign() {
    assertThat(Brag.values()).extracting(Brag::symbol).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(Brag.values())
        .extracting(Brag::label)
        .containsExactly("Blue", "Green", "Amber", "Red");
  }
}
