/**
 * Who may see a case and who may act on it: the one policy every endpoint that takes the id of a case, or
 * of a referral, position, assessment, appeal, hold or task of a case, asks before anything else is read or
 * checked. Answers come in one order: not visible, 404 as if the case did not exist; visible but never
 * allowed to the person, 403; allowed, and then the case's own state decides (409 when it is wrong).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package gov.clearance.access;
