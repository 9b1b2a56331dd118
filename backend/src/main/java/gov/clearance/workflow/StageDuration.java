package gov.clearance.workflow;

/**
 * How long a stage of the process took, over the recent finished tasks of that stage.
 *
 * @param stage the task's type, e.g. {@code BIS_REVIEW}
 * @param name the task's name in the process
 * @param finished how many finished tasks the figure is taken from
 * @param medianDays the median time from the task's creation to its completion, in days
 */
public record StageDuration(String stage, String name, int finished, double medianDays) {
}
