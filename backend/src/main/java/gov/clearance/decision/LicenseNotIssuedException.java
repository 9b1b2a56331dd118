package gov.clearance.decision;

import gov.clearance.shared.NotFoundException;
import java.util.UUID;

/** A case has no license (yet): a 404 like anything else that is not there, but saying why. */
class LicenseNotIssuedException extends NotFoundException {

    private final String detail;

    LicenseNotIssuedException(UUID applicationId, String reason) {
        super("License of application", applicationId);
        this.detail = "Application " + applicationId + " has no license: " + reason;
    }

    @Override
    public String getMessage() {
        return detail;
    }
}
