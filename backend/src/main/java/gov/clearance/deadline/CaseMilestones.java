package gov.clearance.deadline;

import java.util.List;
import java.util.UUID;

/** A registered case and its milestones, in the order they are stored. */
record CaseMilestones(UUID applicationId, String controlNumber, boolean open, List<Milestone> milestones) {

    List<Milestone> of(Milestone.Kind kind) {
        return milestones.stream().filter(milestone -> milestone.kind() == kind).toList();
    }

    java.util.Optional<Milestone> first(Milestone.Kind kind) {
        return milestones.stream().filter(milestone -> milestone.kind() == kind).findFirst();
    }
}
