package org.goldenthread.period;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Bank holidays, read from a {@code date,title} CSV file rather than computed: special days
 * (jubilees, funerals, a moved May holiday) are announced, not derived, and a council keeps the
 * list current by replacing the file. Lines that are blank or start with {@code #} are notes.
 */
public final class BankHolidays {

  static final String BUNDLED = "/periods/bank-holidays-england-and-wales.csv";

  private static final String HEADER = "date,title";

  private final NavigableMap<LocalDate, String> holidays;

  private BankHolidays(NavigableMap<LocalDate, String> holidays) {
    this.holidays = Collections.unmodifiableNavigableMap(holidays);
  }

  /** The England and Wales list shipped with the product; check {@link #lastDate()} each year. */
  public static BankHolidays englandAndWales() {
    return Bundled.ENGLAND_AND_WALES;
  }

  public static BankHolidays fromPath(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return fromCsv(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the bank holiday file " + file, e);
    }
  }

  /**
   * Reads {@code date,title} rows (ISO dates such as 2025-12-25) after a {@code date,title} header.
   * A bad row stops the whole file with a message naming its line: a half-read list would silently
   * move deadlines.
   */
  public static BankHolidays fromCsv(Reader source) {
    NavigableMap<LocalDate, String> holidays = new TreeMap<>();
    BufferedReader reader = new BufferedReader(source);
    boolean headerSeen = false;
    int lineNumber = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String text = lineNumber == 1 ? line.replace("\uFEFF", "").strip() : line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          if (!text.replace(" ", "").equalsIgnoreCase(HEADER)) {
            throw bad(lineNumber, "the first row should be the header date,title");
          }
          headerSeen = true;
          continue;
        }
        readRow(text, lineNumber, holidays);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the bank holiday file", e);
    }
    if (holidays.isEmpty()) {
      throw new BankHolidayFileException("The bank holiday file lists no holidays");
    }
    return new BankHolidays(holidays);
  }

  private static void readRow(String text, int line, NavigableMap<LocalDate, String> holidays) {
    int comma = text.indexOf(',');
    if (comma < 0) {
      throw bad(line, "expected a date and a title separated by a comma, got ‘" + text + "’");
    }
    String dateText = unquote(text.substring(0, comma).strip());
    String title = unquote(text.substring(comma + 1).strip());
    LocalDate date;
    try {
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      throw bad(line, "‘" + dateText + "’ is not a date; write dates like 2025-12-25");
    }
    if (title.isEmpty()) {
      throw bad(line, "the holiday on " + date + " has no title");
    }
    if (holidays.putIfAbsent(date, title) != null) {
      throw bad(line, date + " is listed twice");
    }
  }

  // Spreadsheets quote a cell when it holds a comma; accept that simple form.
  private static String unquote(String cell) {
    if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
      return cell.substring(1, cell.length() - 1).replace("\"\"", "\"").strip();
    }
    return cell;
  }

  private static BankHolidayFileException bad(int line, String problem) {
    return new BankHolidayFileException("Line " + line + " of the bank holiday file: " + problem);
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.containsKey(date);
  }

  /** The holiday's name, such as "Easter Monday", if the date is one. */
  public Optional<String> titleOf(LocalDate date) {
    return Optional.ofNullable(holidays.get(date));
  }

  public LocalDate firstDate() {
    return holidays.firstKey();
  }

  /** The last holiday listed; after that year the product should warn that the list ran out. */
  public LocalDate lastDate() {
    return holidays.lastKey();
  }

  /**
   * True when the date's calendar year is one the file lists. Outside those years working-day
   * answers treat every weekday as working, so callers should warn rather than trust them.
   */
  public boolean covers(LocalDate date) {
    return date.getYear() >= firstDate().getYear() && date.getYear() <= lastDate().getYear();
  }

  /** Every holiday listed, in date order. */
  public NavigableMap<LocalDate, String> all() {
    return holidays;
  }

  // Loaded on first use and then shared: the bundled file never changes while running.
  private static final class Bundled {
    static final BankHolidays ENGLAND_AND_WALES = load();

    private static BankHolidays load() {
      InputStream stream = BankHolidays.class.getResourceAsStream(BUNDLED);
      if (stream == null) {
        throw new IllegalStateException("The bundled bank holiday file is missing: " + BUNDLED);
      }
      try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
        return fromCsv(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
