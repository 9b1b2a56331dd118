/** Value types and error types used by every module. No beans live here. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package gov.clearance.shared;
