package gov.clearance.decision;

/** A license as the PDF document its holder keeps. */
public record LicenseDocument(String licenseNumber, byte[] pdf) {

    /** The name the document is saved under: the license number. */
    public String fileName() {
        return licenseNumber + ".pdf";
    }
}
