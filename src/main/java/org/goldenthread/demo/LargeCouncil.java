package org.goldenthread.demo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;

/**
 * The large generated council's files, in the product's own import formats: indicator definitions
 * (codes BM-00001 up, a mix of the kinds councils keep) and their monthly values and targets. The
 * benchmark imports them into an empty council; the load test's app loads them beside the demo
 * council ({@link LargeCouncilLoader}).
 */
public final class LargeCouncil {

  /** Who answers for an indicator: the email addresses (or full names) of its two people. */
  public record Assigned(String responsible, String accountable) {
    static final Assigned NOBODY = new Assigned("", "");
  }

  private LargeCouncil() {}

  /** The code of the i-th generated indicator, from 1: BM-00001. */
  public static String code(int i) {
    return String.format(Locale.UK, "BM-%05d", i);
  }

  /** The definitions of this many indicators, nobody responsible or accountable. */
  public static byte[] definitions(int indicators) {
    return definitions(indicators, i -> Assigned.NOBODY);
  }

  /**
   * The definitions of this many indicators (cumulative counts, percentages, levels, averages, in
   * turn), each with the people {@code assigned} names for its number.
   */
  public static byte[] definitions(int indicators, IntFunction<Assigned> assigned) {
    StringBuilder csv =
        new StringBuilder(
            "code,title,description,unit,polarity,frequency,aggregation,cumulative,decimal_places,tolerance,tolerance_type,type,responsible,accountable\n");
    for (int i = 1; i <= indicators; i++) {
      switch (i % 4) {
        case 0 ->
            csv.append(code(i))
                .append(",Cases closed ")
                .append(i)
                .append(",,number,higher,monthly,sum,yes,0,5,percent,local,");
        case 1 ->
            csv.append(code(i))
                .append(",Done on time ")
                .append(i)
                .append(",,percent,higher,monthly,ratio,no,1,2,absolute,national,");
        case 2 ->
            csv.append(code(i))
                .append(",Households waiting ")
                .append(i)
                .append(",,number,lower,monthly,last,no,0,10,percent,local,");
        default ->
            csv.append(code(i))
                .append(",Days to decide ")
                .append(i)
                .append(",,days,lower,monthly,average,no,1,1,absolute,partnership,");
      }
      Assigned people = assigned.apply(i);
      csv.append(people.responsible()).append(',').append(people.accountable()).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Every month's value and target of these financial years, for this many indicators. */
  public static byte[] values(int indicators, int fromYear, int toYear) {
    return values(indicators, fromYear, toYear, null);
  }

  /**
   * The months' values and targets of these financial years up to {@code lastMonth} (every month if
   * null). The months left out draw their numbers all the same, so every month written has the
   * figures it has in the whole file.
   */
  public static byte[] values(int indicators, int fromYear, int toYear, Period lastMonth) {
    Random random = new Random(fromYear);
    StringBuilder csv =
        new StringBuilder(
            "code,period,actual,target,numerator,denominator,commentary,remedial_action\n");
    for (int i = 1; i <= indicators; i++) {
      for (int year = fromYear; year <= toYear; year++) {
        for (Period month : Period.year(year).within(PeriodType.MONTH)) {
          boolean written = lastMonth == null || month.compareTo(lastMonth) <= 0;
          String figures;
          if (i % 4 == 1) {
            int denominator = 200 + random.nextInt(50);
            int numerator = denominator - random.nextInt(30);
            figures = ",95," + numerator + ',' + denominator;
          } else {
            figures = (50 + random.nextInt(50)) + ",70,,";
          }
          if (written) {
            csv.append(code(i))
                .append(',')
                .append(month.label())
                .append(',')
                .append(figures)
                .append(",,\n");
          }
        }
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
