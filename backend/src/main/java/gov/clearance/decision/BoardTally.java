package gov.clearance.decision;

import gov.clearance.intake.Outcome;

/**
 * How a board's votes become its ruling: a majority wins, a tie keeps the ruling appealed. The rule
 * is a DMN table run by the workflow module.
 */
public interface BoardTally {

    Outcome outcome(int approvals, int denials, Outcome standing);
}
