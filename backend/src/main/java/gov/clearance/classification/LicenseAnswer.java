package gov.clearance.classification;

/** Whether a license is required. */
public enum LicenseAnswer {
    /** A rule of the EAR requires a license. */
    LICENSE_REQUIRED,
    /** A license is required for some paragraphs of the entry or some kinds of item: the item's details decide. */
    DEPENDS_ON_THE_ITEM,
    /** No rule the reference data holds requires a license. */
    NO_LICENSE_REQUIRED,
    /** The reference data does not know the ECCN or the destination: it must be classified by hand. */
    UNKNOWN
}
