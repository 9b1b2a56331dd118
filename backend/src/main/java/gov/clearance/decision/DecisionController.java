package gov.clearance.decision;

import gov.clearance.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Staff: decisions")
class DecisionController {

    private final Decisions decisions;

    DecisionController(Decisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/api/staff/applications/{id}/decision")
    @Operation(summary = "Decide the case (licensing analyst; Operating Committee chair for a disputed case)")
    DecisionView decide(CurrentUser user, @PathVariable UUID id, @RequestBody DecisionRequest request) {
        return decisions.decide(user, id, request);
    }
}
