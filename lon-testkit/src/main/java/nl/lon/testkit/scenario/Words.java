package nl.lon.testkit.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.lon.core.label.Labelled;

/** The words of a scenario's language: keywords, dates, and labels to look up. */
enum Words {
  ENGLISH(
      Locale.ENGLISH,
      List.of("Given", "When", "Then", "And", "But"),
      new String[] {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"
      },
      new String[] {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}),
  DUTCH(
      Locale.forLanguageTag("nl"),
      List.of("Gegeven", "Als", "Dan", "En", "Maar"),
      new String[] {
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december"
      },
      new String[] {
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"
      });

  final Locale locale;
  final List<String> keywords;
  private final String[] months;
  private final String[] weekdays;

  /** A date as the language writes it, with an optional weekday, or as ISO; in group "date". */
  final String date;

  Words(Locale locale, List<String> keywords, String[] months, String[] weekdays) {
    this.locale = locale;
    this.keywords = keywords;
    this.months = months;
    this.weekdays = weekdays;
    this.date =
        "(?<date>(?:(?:"
            + String.join("|", weekdays)
            + ") )?\\d{1,2} (?:"
            + String.join("|", months)
            + ") \\d{4}|\\d{4}-\\d{2}-\\d{2})";
  }

  /** The language of a step, by its first word; null when it starts with no keyword. */
  static Words of(String line) {
    String first = line.split("\\s+", 2)[0];
    for (Words w : values()) {
      for (String k : w.keywords) {
        if (k.equalsIgnoreCase(first)) {
          return w;
        }
      }
    }
    return null;
  }

  /** The step without its keyword. */
  static String withoutKeyword(String line) {
    String[] parts = line.trim().split("\\s+", 2);
    return parts.length < 2 ? "" : parts[1].trim();
  }

  /**
   * Parses a date of this language ("Thursday 22 April 2027", "donderdag 22 april 2027",
   * "2027-04-22").
   *
   * @throws IllegalArgumentException naming what is wrong, also when the weekday is not the date's
   */
  LocalDate parseDate(String text) {
    String t = text.trim().toLowerCase(locale);
    if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return LocalDate.parse(t);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("no such date: " + text);
      }
    }
    Matcher m = Pattern.compile("(?:(\\p{L}+) )?(\\d{1,2}) (\\p{L}+) (\\d{4})").matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a date: " + text);
    }
    int month = List.of(months).indexOf(m.group(3)) + 1;
    LocalDate date;
    try {
      date =
          LocalDate.of(Integer.parseInt(m.group(4)), Month.of(month), Integer.parseInt(m.group(2)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("no such date: " + text);
    }
    if (m.group(1) != null) {
      int weekday = List.of(weekdays).indexOf(m.group(1)) + 1;
      if (weekday != date.getDayOfWeek().getValue()) {
        String written = format(date);
        throw new IllegalArgumentException(
            text
                + ": "
                + written.substring(written.indexOf(' ') + 1)
                + " is a "
                + written.substring(0, written.indexOf(' ')));
      }
    }
    return date;
  }

  /** A date as this language writes it: "Friday 30 April 2027". */
  String format(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    String weekday = weekdays[d.getValue() - 1];
    String month = months[date.getMonthValue() - 1];
    if (this == ENGLISH) {
      weekday = capitalise(weekday);
      month = capitalise(month);
    }
    return weekday + " " + date.getDayOfMonth() + " " + month + " " + date.getYear();
  }

  /** The label of a constant in this language. */
  String label(Labelled constant) {
    return constant.label(locale);
  }

  /** The constants of an enum by their label in this language, in lower case. */
  <E extends Enum<E> & Labelled> Map<String, E> labels(Class<E> type) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E e : type.getEnumConstants()) {
      map.put(label(e).toLowerCase(locale), e);
    }
    return map;
  }

  /** A regular expression that matches any of the phrases, the longest first. */
  static String anyOf(Iterable<String> phrases) {
    List<String> list = new ArrayList<>();
    phrases.forEach(list::add);
    return list.stream()
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
