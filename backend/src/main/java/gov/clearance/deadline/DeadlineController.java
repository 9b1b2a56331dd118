package gov.clearance.deadline;

import gov.clearance.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Staff: deadlines and holds")
class DeadlineController {

    private final Holds holds;
    private final Deadlines deadlines;

    DeadlineController(Holds holds, Deadlines deadlines) {
        this.holds = holds;
        this.deadlines = deadlines;
    }

    @PostMapping("/api/staff/applications/{id}/holds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Analyst: hold the case without action (the processing clock stops)")
    HoldView hold(CurrentUser user, @PathVariable UUID id, @RequestBody HoldRequest request) {
        return holds.hold(user, id, request);
    }

    @PostMapping("/api/staff/holds/{id}/release")
    @Operation(summary = "Analyst: end a hold (the processing clock runs again)")
    HoldView release(CurrentUser user, @PathVariable UUID id, @RequestBody HoldReleaseRequest request) {
        return holds.release(user, id, request);
    }

    @PostMapping("/api/applicant/applications/{id}/conditions-answer")
    @Operation(summary = "Applicant: accept or decline the conditions BIS proposes (ends the hold)")
    HoldView answerConditions(CurrentUser user, @PathVariable UUID id,
            @RequestBody(required = false) ConditionsAnswer answer) {
        return holds.answerProposedConditions(user, id, answer);
    }

    @PostMapping("/api/staff/referrals/{id}/missing-information")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Agency: tell BIS what information is missing (holds the case within 10 days of referral)")
    HoldView missingInformation(CurrentUser user, @PathVariable UUID id,
            @RequestBody MissingInformationRequest request) {
        return holds.requestMissingInformation(user, id, request);
    }

    @GetMapping("/api/staff/deadlines/overdue")
    @Operation(summary = "Analysts: open cases with a deadline that passed unmet, most overdue first, a page at a time",
            description = "The next page is named by the `Link` header (rel=\"next\"), absent on the last page.",
            responses = @ApiResponse(responseCode = "200", headers = @Header(name = HttpHeaders.LINK,
                    description = "<...&after=cursor>; rel=\"next\", absent on the last page")))
    ResponseEntity<List<OverdueCase>> overdue(CurrentUser user,
            @Parameter(description = "deadlines a page, 1 to 200 (default 50)") @RequestParam(required = false)
            Integer limit,
            @Parameter(description = "the cursor of the page to read, from the previous page's Link header")
            @RequestParam(required = false) String after) {
        OverduePage page = deadlines.overdue(user, limit, after);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (page.next() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("after", page.next())
                    .build().toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(page.cases());
    }
}
