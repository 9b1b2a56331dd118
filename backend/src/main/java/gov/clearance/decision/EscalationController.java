package gov.clearance.decision;

import gov.clearance.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Staff: escalation")
class EscalationController {

    private final EscalationLadder ladder;

    EscalationController(EscalationLadder ladder) {
        this.ladder = ladder;
    }

    @PostMapping("/api/staff/applications/{id}/rulings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "OC chair: rule on a dispute; administrator: record the President's decision")
    RulingView rule(CurrentUser user, @PathVariable UUID id, @RequestBody RulingRequest request) {
        return ladder.rule(user, id, request);
    }

    @PostMapping("/api/staff/applications/{id}/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Dissenting agency: appeal the standing ruling to the next rung (ACEP, EARB, President)")
    AppealView appeal(CurrentUser user, @PathVariable UUID id, @RequestBody AppealRequest request) {
        return ladder.appeal(user, id, request);
    }

    @PostMapping("/api/staff/appeals/{id}/votes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Board member: the member agency's vote on an appeal before ACEP or EARB")
    BoardVoteView vote(CurrentUser user, @PathVariable UUID id, @RequestBody BoardVoteRequest request) {
        return ladder.vote(user, id, request);
    }
}
