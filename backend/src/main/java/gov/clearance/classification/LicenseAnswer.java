package gov.clearance.classification;

/**
 * Whether a license is required, and what decides it. Declared from the strongest to the weakest: an item's
 * answer is the strongest of its findings, a case's the strongest of its items'.
 */
public enum LicenseAnswer {
    /** A rule of the EAR requires a BIS license; the findings cite it. */
    LICENSE_REQUIRED,
    /**
     * The reference data does not hold what decides it (an ECCN it does not hold, a rule whose text or list is
     * not loaded): BIS decides by hand, and may refer on its own judgment.
     */
    UNKNOWN,
    /** A row covers some paragraphs of the entry or some kinds of item; the finding names them. */
    DEPENDS_ON_THE_ITEM,
    /** Another agency licenses the export, not BIS: OFAC (Iran) or State under the ITAR. */
    OUTSIDE_BIS_JURISDICTION,
    /** No rule the determination applies requires a license. */
    NO_LICENSE_REQUIRED;

    /** The stronger of two answers. */
    public LicenseAnswer and(LicenseAnswer other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
