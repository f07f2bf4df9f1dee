/**
 * Import of an existing system's history (inlezen van historie): the interchange format ({@link
 * nl.lon.service.history.HistoryFormat}, JSON Lines, one {@link nl.lon.service.history.HistoryAct}
 * per line), the importer that decides each case's acts by the process rules of its network's
 * profile and writes each case all or nothing ({@link nl.lon.service.history.HistoryImporter}), and
 * its report ({@link nl.lon.service.history.ImportReport}).
 *
 * <p>Null policy: no method accepts or returns null. The values are immutable and thread-safe; the
 * importer is thread-safe.
 */
package nl.lon.service.history;
