package gov.clearance.casefile;

import gov.clearance.access.CasePolicy;
import gov.clearance.decision.Decisions;
import gov.clearance.decision.LicenseDocument;
import gov.clearance.identity.CurrentUser;
import gov.clearance.intake.Applications;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Who may download a case's license document: the applicant's organization, and staff who may open
 * the case. Anyone else gets a 404, as if the case did not exist; so does everyone while the case has
 * no license. The document itself is the decision module's.
 */
@Service
class LicenseDocuments {

    private final Applications applications;
    private final CasePolicy access;
    private final Decisions decisions;

    LicenseDocuments(Applications applications, CasePolicy access, Decisions decisions) {
        this.applications = applications;
        this.access = access;
        this.decisions = decisions;
    }

    LicenseDocument forApplicant(CurrentUser applicant, UUID applicationId) {
        applications.viewForApplicant(applicant, applicationId);
        return decisions.licenseDocument(applicationId);
    }

    LicenseDocument forStaff(CurrentUser staff, UUID applicationId) {
        access.visibleCase(staff, applicationId);
        return decisions.licenseDocument(applicationId);
    }
}
