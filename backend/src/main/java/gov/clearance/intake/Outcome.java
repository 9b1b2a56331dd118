package gov.clearance.intake;

/** How a closed case ended. */
public enum Outcome {
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    DENIED,
    RETURNED_WITHOUT_ACTION,
    LICENSE_NOT_REQUIRED;

    public boolean grantsLicense() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }
}
