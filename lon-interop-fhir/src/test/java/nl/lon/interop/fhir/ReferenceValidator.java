package nl.lon.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * HAPI's reference validator ({@link FhirInstanceValidator}) over the base FHIR R4 specification
 * (HAPI's R4 validation resources: the core profiles, value sets and code systems), with in-memory
 * terminology and the common code systems. Built once: building it loads the whole specification.
 */
final class ReferenceValidator {

  /** The R4 context. */
  static final FhirContext CONTEXT = FhirContext.forR4();

  private static final FhirValidator VALIDATOR = build();

  private ReferenceValidator() {}

  private static FhirValidator build() {
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(CONTEXT),
            new InMemoryTerminologyServerValidationSupport(CONTEXT),
            new CommonCodeSystemsTerminologyService(CONTEXT));
    FhirValidator validator = CONTEXT.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(chain));
    return validator;
  }

  /** The errors (and fatal errors) the validator finds in a resource, as readable lines. */
  static List<String> errors(Resource resource) {
    ValidationResult result = VALIDATOR.validateWithResult(resource);
    List<String> out = new ArrayList<>();
    for (SingleValidationMessage m : result.getMessages()) {
      if (m.getSeverity() == ResultSeverityEnum.ERROR
          || m.getSeverity() == ResultSeverityEnum.FATAL) {
        out.add(m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage());
      }
    }
    return out;
  }

  /** Every message, warnings and information included, for reading during development. */
  static List<String> messages(Resource resource) {
    List<String> out = new ArrayList<>();
    for (SingleValidationMessage m : VALIDATOR.validateWithResult(resource).getMessages()) {
      out.add(m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage());
    }
    return out;
  }

  /**
   * The errors in a bundle and in each of its resources validated on its own: every exported
   * resource is checked against its base profile, and the bundle's own rules besides.
   */
  static List<String> errorsInBundleAndEntries(Bundle bundle) {
    List<String> out = new ArrayList<>(errors(bundle));
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      for (String error : errors(e.getResource())) {
        out.add(e.getResource().fhirType() + " " + e.getFullUrl() + ": " + error);
      }
    }
    return out;
  }
}
