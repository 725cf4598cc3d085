package org.goldenthread.indicator.web;

import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.kept.ScorecardQuery;
import org.goldenthread.indicator.kept.ScorecardQuery.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses a scorecard page links to, each keeping the period and filters: another page, a
 * column sorted (ascending first, the other way when it is sorted already), every row, the CSV; and
 * the numbered links of the GOV.UK pagination component (first, last, the current page and its
 * neighbours, null for a gap).
 */
public record ScorecardLinks(ScorecardQuery query, int total) {

  public String toPage(int page) {
    return address("/indicators", query.sort(), query.descending(), page, size());
  }

  public String sortedBy(String column) {
    Sort sort = Sort.of(column);
    boolean descending = sort == query.sort() && !query.descending();
    return address("/indicators", sort, descending, 1, size());
  }

  /** "ascending", "descending" or "none": the column heading's aria-sort. */
  public String ariaSort(String column) {
    if (Sort.of(column) != query.sort()) {
      return "none";
    }
    return query.descending() ? "descending" : "ascending";
  }

  public String everyRow() {
    return address("/indicators", query.sort(), query.descending(), 1, "all");
  }

  public String csv() {
    return address("/indicators/scorecard.csv", query.sort(), query.descending(), 1, null);
  }

  public boolean paged() {
    return query.size() != null && pages() > 1;
  }

  public int current() {
    return query.page();
  }

  public int pages() {
    return query.pages(total);
  }

  public boolean hasPrevious() {
    return query.page() > 1;
  }

  public boolean hasNext() {
    return query.page() < pages();
  }

  public List<Integer> numbers() {
    List<Integer> numbers = new ArrayList<>();
    for (int n = 1; n <= pages(); n++) {
      if (n == 1 || n == pages() || Math.abs(n - current()) <= 1) {
        numbers.add(n);
      } else if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != null) {
        numbers.add(null);
      }
    }
    return numbers;
  }

  private String size() {
    return query.size() == null ? "all" : String.valueOf(query.size());
  }

  private String address(String path, Sort sort, boolean descending, int page, String size) {
    Scorecard.Filter f = query.filter();
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath(path).queryParam("period", query.period().label());
    add(uri, "planId", f.planId());
    add(uri, "itemId", f.itemId());
    add(uri, "portfolioId", f.portfolioId());
    add(uri, "orgUnitId", f.orgUnitId());
    add(uri, "type", f.type() == null ? null : f.type().name());
    add(uri, "status", f.status() == null ? null : f.status().name());
    if (sort != Sort.CODE || descending) {
      uri.queryParam("sort", sort.param()).queryParam("dir", descending ? "desc" : "asc");
    }
    if (page > 1) {
      uri.queryParam("page", page);
    }
    add(
        uri,
        "size",
        size == null || size.equals(String.valueOf(ScorecardController.PAGE_SIZE)) ? null : size);
    return uri.encode().build().toUriString();
  }

  private static void add(UriComponentsBuilder uri, String name, Object value) {
    if (value != null) {
      uri.queryParam(name, value);
    }
  }
}
