package nl.lon.service.history;

/**
 * The interchange format of an existing system's history (uitwisselformaat historie): JSON Lines,
 * one act per line, schema version 1, read by {@link HistoryImporter}.
 *
 * <p>Each line is one JSON object on one line, UTF-8:
 *
 * <ul>
 *   <li>{@code schema}: the format's schema version, the number 1;
 *   <li>{@code case}, {@code network}, {@code actor}: the case id, the case's network and the
 *       acting professional, as identifier texts;
 *   <li>{@code businessDate}: the day the act took place, ISO 8601 ({@code yyyy-MM-dd});
 *   <li>{@code act}: the act, the simple name of a {@link nl.lon.rules.process.CaseCommand} type
 *       ({@code ReportSignal}, {@code JudgeReport}, {@code AdoptPlan}, ...);
 *   <li>{@code fields}: the act's fields, written as the event codec ({@link
 *       nl.lon.persistence.codec.EventCodec}, schema 1) writes the {@code data} of the event the
 *       act yields; an act whose command differs from its event ({@code HoldProgressTalk}: {@code
 *       summary}; {@code Escalate}: {@code kind, rung, bottleneck, emergencyReason?}; {@code
 *       RecordCoercionMeasure}: {@code measureCode, reason?}) has its command's fields; {@code
 *       ReportSignal} leaves out {@code network}, which the envelope names.
 * </ul>
 *
 * <p>All lines of a case stand next to each other, in business-date order, the first reporting the
 * signal. The full description with every act and an example line is in {@code
 * docs/import-format.md} of the source distribution. Unknown fields are ignored, so a writer may
 * add fields within schema version 1; any other change needs version 2. Immutable, no state.
 *
 * @since 0.1
 */
public final class HistoryFormat {

  /** The schema version this format writes and the importer reads. */
  public static final int SCHEMA = 1;

  /**
   * The longest line the importer reads, in characters: {@value}, as long as the event codec lets
   * an event be, which no act's line needs to exceed. A longer line is a bad line ({@code
   * import.line-too-long}) of which only the beginning is held.
   *
   * @since 0.3
   */
  public static final int MAX_LINE_CHARACTERS = 1_000_000;

  /**
   * The most characters all lines of one case may have together: {@value} (some 50,000 acts). A
   * longer case is refused ({@code import.case-too-long}) and the rest of its lines are not held.
   *
   * @since 0.3
   */
  public static final int MAX_CASE_CHARACTERS = 16_000_000;

  private HistoryFormat() {}

  /**
   * Writes one act as one line of the format, without the line break.
   *
   * @param act the act
   * @return the JSON text
   * @throws nl.lon.core.error.InvalidValueException when the act's event would be longer than the
   *     event codec stores
   */
  public static String encode(HistoryAct act) {
    return ActCodec.encode(act);
  }
}
