package gov.clearance.workflow;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/staff")
@Tag(name = "Staff: tasks")
class TaskController {

    private final CaseTasks tasks;
    private final SavedFilters filters;

    TaskController(CaseTasks tasks, SavedFilters filters) {
        this.tasks = tasks;
        this.filters = filters;
    }

    @GetMapping("/tasks")
    @Operation(summary = "The task queue: the open tasks offered to the caller's agency (or component), a page at a "
            + "time", description = "Sorted by due date (overdue and soonest due first) unless `sort` says otherwise;"
            + " the next page is named by the `Link` header (rel=\"next\"), whose `after` cursor stays valid while the"
            + " queue changes. No total is counted.", responses = @ApiResponse(responseCode = "200",
                    headers = @Header(name = HttpHeaders.LINK, description = "<...&after=cursor>; rel=\"next\", "
                            + "absent on the last page")))
    ResponseEntity<List<TaskView>> tasks(CurrentUser user,
            @Parameter(description = "only this case's tasks") @RequestParam(required = false) UUID applicationId,
            @Parameter(description = "a task type: BIS_REVIEW, AGENCY_REVIEW, COMPONENT_ASSESSMENT, DECISION, ...")
            @RequestParam(required = false) String type,
            @Parameter(description = "mine, unassigned, or a user name") @RequestParam(required = false)
            String assignee,
            @Parameter(description = "destination country, ISO 3166-1 alpha-2") @RequestParam(required = false)
            String destination,
            @Parameter(description = "an ECCN or its beginning (3A, 3A001)") @RequestParam(required = false)
            String eccn,
            @Parameter(description = "only overdue tasks (true) or only those that are not (false)")
            @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "words of the control number or the applicant") @RequestParam(required = false)
            String text,
            @Parameter(description = "due (default), created, controlNumber, totalValue")
            @RequestParam(required = false) String sort,
            @Parameter(description = "asc (default) or desc") @RequestParam(required = false) String direction,
            @Parameter(description = "tasks a page, 1 to 200 (default 50)") @RequestParam(required = false)
            Integer limit,
            @Parameter(description = "the cursor of the page to read, from the previous page's Link header")
            @RequestParam(required = false) String after) {
        TaskFilter filter = new TaskFilter(type, assignee, destination, eccn, overdue, text, sort, direction);
        if (applicationId != null) {
            return ResponseEntity.ok(tasks.tasksOfCase(user, applicationId, filter));
        }
        TaskQueuePage page = tasks.queue(user, filter, limit, after);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (page.next() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("after", page.next())
                    .build().toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(page.tasks());
    }

    @PostMapping("/tasks/{id}/claim")
    @Operation(summary = "Claim a task")
    TaskView claim(CurrentUser user, @PathVariable String id) {
        return tasks.claim(user, id);
    }

    @PostMapping("/tasks/{id}/unclaim")
    @Operation(summary = "Release a claimed task")
    TaskView unclaim(CurrentUser user, @PathVariable String id) {
        return tasks.unclaim(user, id);
    }

    @PostMapping("/tasks/{id}/assignment")
    @Operation(summary = "Give a task to a person of the agency (or component) it is offered to: for the agency's "
            + "arbiters and supervisors")
    TaskView assign(CurrentUser user, @PathVariable String id, @RequestBody AssignmentRequest request) {
        return tasks.assign(user, id, request);
    }

    @PostMapping("/tasks/bulk")
    @Operation(summary = "Claim, release or assign up to 100 tasks at once; each task's result is reported",
            description = "Each task is decided as the single action would be: 200 with the task, 404 for a task "
                    + "the caller does not see, 403, 409 when claimed by someone else or completed, 400.")
    List<BulkTaskResult> bulk(CurrentUser user, @RequestBody BulkTaskRequest request) {
        return tasks.bulk(user, request);
    }

    @GetMapping("/task-filters")
    @Operation(summary = "The caller's saved filters of the task queue")
    List<SavedFilterView> savedFilters(CurrentUser user) {
        return filters.filtersOf(user);
    }

    @PostMapping("/task-filters")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a filter of the task queue under a name")
    SavedFilterView saveFilter(CurrentUser user, @RequestBody SavedFilterRequest request) {
        return filters.save(user, request);
    }

    @DeleteMapping("/task-filters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of the caller's saved filters")
    void deleteFilter(CurrentUser user, @PathVariable UUID id) {
        filters.delete(user, id);
    }
}
