package org.goldenthread.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class BaseEntityTest {

  /** A record as the database hands it back: with its id. */
  static final class Row extends BaseEntity {
    @Override
    public String label() {
      return "row";
    }
  }

  private static Row saved(long id) {
    Row row = new Row();
    ReflectionTestUtils.setField(row, "id", id);
    return row;
  }

  @Test
  void threeThousandSavedRecordsShareNoHashSoASetOfThemIsNotAList() {
    Set<Row> rows =
        IntStream.rangeClosed(1, 3_000).mapToObj(i -> saved(i)).collect(Collectors.toSet());

    Map<Integer, Long> perHash =
        rows.stream().collect(Collectors.groupingBy(Row::hashCode, Collectors.counting()));
    long collisions = rows.size() - perHash.size();
    assertThat(rows).hasSize(3_000);
    assertThat(collisions).isZero();
  }

  @Test
  void recordsWithTheSameIdAreEqualAndHashAlike() {
    Row one = saved(42);
    Row copy = saved(42);
    assertThat(one).isEqualTo(copy).hasSameHashCodeAs(copy);
    assertThat(one).isNotEqualTo(saved(43));
    assertThat(new HashSet<>(Set.of(one))).contains(copy);
  }

  @Test
  void unsavedRecordsAreEqualOnlyToThemselves() {
    Row a = new Row();
    Row b = new Row();
    assertThat(a).isEqualTo(a).isNotEqualTo(b);
    Set<Row> both = Set.of(a, b);
    assertThat(both).hasSize(2);
  }

  @Test
  void aRecordHashedBeforeItIsSavedKeepsItsHashSoItsSetStillFindsIt() {
    Row row = new Row();
    Set<Row> set = new HashSet<>();
    set.add(row);
    int before = row.hashCode();

    ReflectionTestUtils.setField(row, "id", 7L); // as persist assigns the IDENTITY id

    assertThat(row.hashCode()).isEqualTo(before);
    assertThat(set).contains(row);
    assertThat(set.remove(row)).isTrue();
  }

  @Test
  void aMapKeyedByRecordsFindsEachOne() {
    Map<Row, Integer> byRow =
        IntStream.rangeClosed(1, 3_000)
            .boxed()
            .collect(Collectors.toMap(i -> saved(i), Function.identity()));
    assertThat(byRow.get(saved(1_234))).isEqualTo(1_234);
  }
}
