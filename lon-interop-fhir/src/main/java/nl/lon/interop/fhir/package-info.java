/**
 * FHIR R4 export of a case (FHIR-export): {@link nl.lon.interop.fhir.FhirCaseExporter} turns the
 * extract the case service gives one reader into a FHIR R4 {@code Bundle} with HAPI FHIR's model.
 * The mapping is documented in {@code docs/fhir-mapping.md}.
 *
 * <p>Null policy: no null arguments or results. The exporter is immutable and thread-safe; the
 * bundles it returns are HAPI model objects, mutable and owned by the caller.
 *
 * @since 0.2
 */
package nl.lon.interop.fhir;
