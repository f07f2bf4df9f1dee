package nl.lon.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.OptionalInt;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;

/** Runs the cheap examples of {@code lon-rules}' Javadoc, as compiled in {@link RulesSnippets}. */
class RulesSnippetsTest {

  @Test
  void calendar_skipsGoodFridayAndEasterMonday() {
    // Thursday 2 April 2026 plus 5 working days: Friday 3 and Monday 6 April are skipped
    assertEquals(LocalDate.of(2026, 4, 13), RulesSnippets.deadline());
  }

  @Test
  void profile_derivedFromEnschede_hasItsOwnIdAndDeadline() {
    MethodologyProfile mine = RulesSnippets.almelo();
    assertEquals("almelo", mine.getId());
    assertEquals("Almelo", mine.getName());
    assertEquals(OptionalInt.of(3), mine.getDeadlines().getJudgeReportWithin());
    assertEquals(MethodologyProfile.enschede().getCalendar(), mine.getCalendar());
  }
}
