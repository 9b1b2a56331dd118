package gov.clearance.screening;

/** The formats trade.gov publishes the Consolidated Screening List in. */
public enum ListFormat { CSV, JSON }
