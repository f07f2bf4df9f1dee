package nl.lon.rules.figures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import nl.lon.core.label.Labelled;
import org.junit.jupiter.api.Test;

/** Every constant of the figures' enums has an English and a Dutch label. */
class FigureLabelsTest {

  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          FigureKey.class,
          FigureCategory.class,
          FigureMilestone.class,
          FigureDeadline.class,
          FigureOutcome.class);

  @Test
  void label_everyConstant_hasEnglishAndDutchLabel() {
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled l = (Labelled) constant;
        String en = l.label(Locale.ENGLISH);
        String nl = l.label(Locale.forLanguageTag("nl"));
        assertFalse(en.isBlank(), l.labelKey());
        assertFalse(nl.isBlank(), l.labelKey());
        if (constant != FigureKey.TARGET_GROUP && constant != FigureKey.CASELOAD) {
          assertNotEquals(en, nl, l.labelKey() + " is translated");
        }
      }
    }
  }
}
