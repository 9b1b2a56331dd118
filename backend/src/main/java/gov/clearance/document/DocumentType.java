package gov.clearance.document;

/** What a support document is. */
public enum DocumentType {
    TECHNICAL_SPECIFICATION,
    END_USER_STATEMENT,
    LETTER_OF_EXPLANATION,
    IMPORT_CERTIFICATE,
    OTHER
}
