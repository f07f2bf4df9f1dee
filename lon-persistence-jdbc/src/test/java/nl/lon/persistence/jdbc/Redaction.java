package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Test helper: everything an error would show in a log, to search it for a marker. */
final class Redaction {

  private Redaction() {}

  /**
   * The message, toString and printed stack trace of an error and of every cause, next exception
   * and suppressed exception chained to it.
   */
  static String everything(Throwable t) {
    StringBuilder out = new StringBuilder();
    collect(t, out, Collections.newSetFromMap(new IdentityHashMap<>()));
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    return out.append('\n').append(trace).toString();
  }

  private static void collect(Throwable t, StringBuilder out, Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    out.append(t.getMessage())
        .append('\n')
        .append(t)
        .append('\n')
        .append(t.getLocalizedMessage())
        .append('\n');
    collect(t.getCause(), out, seen);
    if (t instanceof SQLException) {
      collect(((SQLException) t).getNextException(), out, seen);
    }
    for (Throwable s : t.getSuppressed()) {
      collect(s, out, seen);
    }
  }

  static void assertNoMarker(Throwable t, String marker) {
    String all = everything(t);
    assertFalse(all.contains(marker), all);
  }
}
