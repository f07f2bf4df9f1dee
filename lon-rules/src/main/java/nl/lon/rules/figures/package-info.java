/**
 * Management and policy information (stuurinformatie en beleidsinformatie) over case histories: how
 * many and which people a network reaches, how fast the steps go, whether deadlines are met, how
 * cases end, where escalations get stuck and which rules or organisations block most often.
 *
 * <p>The input is the event stream only. A {@link nl.lon.rules.figures.FiguresAccumulator} reads
 * the events of many cases, interleaved or case by case, in constant memory per finished case, and
 * can be split and {@linkplain nl.lon.rules.figures.FiguresAccumulator#merge merged} for parallel
 * work. Its {@linkplain nl.lon.rules.figures.FiguresAccumulator#result result} is an immutable
 * {@link nl.lon.rules.figures.ManagementFigures}: every count sits in a {@link
 * nl.lon.rules.figures.Table} of {@link nl.lon.rules.figures.Cell}s to which {@link
 * nl.lon.rules.figures.SmallCellSuppression small-cell suppression} is applied uniformly, so no
 * client can be singled out.
 *
 * <p>Thread-safety: the accumulator is mutable and not thread-safe (use one per thread and merge);
 * every other type here is immutable and thread-safe. Null and validation policy: as in {@link
 * nl.lon.core.error}.
 *
 * @since 0.1
 */
@LonStyle
package nl.lon.rules.figures;

import nl.lon.core.internal.LonStyle;
