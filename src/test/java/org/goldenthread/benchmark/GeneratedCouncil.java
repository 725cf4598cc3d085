package org.goldenthread.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;

/**
 * The large council's files, as its performance team would import them: definitions of a mix of the
 * kinds councils keep (cumulative counts, percentages, levels, averages), coded BM-00001…, and
 * monthly values and targets. Generated, not timed.
 */
final class GeneratedCouncil {

  private GeneratedCouncil() {}

  static byte[] definitions(int indicators) {
    StringBuilder csv =
        new StringBuilder(
            "code,title,description,unit,polarity,frequency,aggregation,cumulative,decimal_places,tolerance,tolerance_type,type,responsible,accountable\n");
    for (int i = 1; i <= indicators; i++) {
      switch (i % 4) {
        case 0 ->
            csv.append(code(i))
                .append(",Cases closed ")
                .append(i)
                .append(",,number,higher,monthly,sum,yes,0,5,percent,local,,\n");
        case 1 ->
            csv.append(code(i))
                .append(",Done on time ")
                .append(i)
                .append(",,percent,higher,monthly,ratio,no,1,2,absolute,national,,\n");
        case 2 ->
            csv.append(code(i))
                .append(",Households waiting ")
                .append(i)
                .append(",,number,lower,monthly,last,no,0,10,percent,local,,\n");
        default ->
            csv.append(code(i))
                .append(",Days to decide ")
                .append(i)
                .append(",,days,lower,monthly,average,no,1,1,absolute,partnership,,\n");
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] values(int indicators, int fromYear, int toYear) {
    Random random = new Random(fromYear);
    StringBuilder csv =
        new StringBuilder(
            "code,period,actual,target,numerator,denominator,commentary,remedial_action\n");
    for (int i = 1; i <= indicators; i++) {
      for (int year = fromYear; year <= toYear; year++) {
        for (int month = 1; month <= 12; month++) {
          String period = Period.year(year).within(PeriodType.MONTH).get(month - 1).label();
          csv.append(code(i)).append(',').append(period).append(',');
          if (i % 4 == 1) {
            int denominator = 200 + random.nextInt(50);
            int numerator = denominator - random.nextInt(30);
            csv.append(",95,").append(numerator).append(',').append(denominator);
          } else {
            csv.append(50 + random.nextInt(50)).append(",70,,");
          }
          csv.append(",,\n");
        }
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String code(int i) {
    return String.format(Locale.UK, "BM-%05d", i);
  }
}
