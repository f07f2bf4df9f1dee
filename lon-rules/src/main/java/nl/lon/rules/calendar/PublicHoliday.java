package nl.lon.rules.calendar;

import nl.lon.core.label.Labelled;

/**
 * A Dutch national public holiday that legal time limits skip (algemeen erkende feestdag).
 *
 * <p>The set follows the Algemene termijnenwet (Atw, 1964): art. 3(1) names New Year's Day, Easter
 * Monday, Whit Monday, both Christmas days, Ascension Day, the day the King's birthday is
 * celebrated and 5 May; art. 3(2) treats Good Friday the same. Days equated by Royal Decree under
 * art. 3(3) are not constants here: they are data, passed to {@link
 * WorkingDayCalendar#withDecreedDays(java.util.Set)}. {@link DutchHolidays} computes the date of
 * each constant for a given year.
 *
 * @since 0.1
 */
public enum PublicHoliday implements Labelled {
  /** New Year's Day, 1 January (Nieuwjaarsdag); Atw art. 3(1). */
  NEW_YEARS_DAY("3(1)"),
  /** Good Friday, Easter Sunday minus 2 days (Goede Vrijdag); Atw art. 3(2). */
  GOOD_FRIDAY("3(2)"),
  /** Easter Monday, Easter Sunday plus 1 day (Tweede Paasdag); Atw art. 3(1). */
  EASTER_MONDAY("3(1)"),
  /**
   * King's Day from 2014: 27 April, or 26 April when the 27th is a Sunday (Koningsdag); Atw art.
   * 3(1).
   */
  KINGS_DAY("3(1)"),
  /**
   * Queen's Day before 2014: 30 April, or 29 April when the 30th is a Sunday (Koninginnedag); Atw
   * art. 3(1) as it then read.
   */
  QUEENS_DAY("3(1)"),
  /** Liberation Day, 5 May, every year (Bevrijdingsdag); Atw art. 3(1). */
  LIBERATION_DAY("3(1)"),
  /** Ascension Day, Easter Sunday plus 39 days (Hemelvaartsdag); Atw art. 3(1). */
  ASCENSION_DAY("3(1)"),
  /** Whit Monday, Easter Sunday plus 50 days (Tweede Pinksterdag); Atw art. 3(1). */
  WHIT_MONDAY("3(1)"),
  /** Christmas Day, 25 December (Eerste Kerstdag); Atw art. 3(1). */
  CHRISTMAS_DAY("3(1)"),
  /** The second day of Christmas, 26 December (Tweede Kerstdag); Atw art. 3(1). */
  SECOND_CHRISTMAS_DAY("3(1)");

  private final String atwArticle;

  PublicHoliday(String atwArticle) {
    this.atwArticle = atwArticle;
  }

  /**
   * The article of the Algemene termijnenwet that makes this day a holiday (wetsartikel).
   *
   * @return {@code "3(1)"} or {@code "3(2)"}, never null
   */
  public String atwArticle() {
    return atwArticle;
  }
}
