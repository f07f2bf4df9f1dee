/** The history import beside its persistence floor, raw JDBC batch inserts of the same events. */
package nl.lon.bench.history;
