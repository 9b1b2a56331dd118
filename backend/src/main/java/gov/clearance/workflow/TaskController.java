package gov.clearance.workflow;

import gov.clearance.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/staff/tasks")
@Tag(name = "Staff: tasks")
class TaskController {

    private final CaseTasks tasks;

    TaskController(CaseTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "The open tasks offered to the caller's agency")
    List<TaskView> tasks(CurrentUser user, @RequestParam(required = false) UUID applicationId,
            @RequestParam(required = false) String type) {
        return tasks.tasksFor(user, applicationId, type);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim a task")
    TaskView claim(CurrentUser user, @PathVariable String id) {
        return tasks.claim(user, id);
    }

    @PostMapping("/{id}/unclaim")
    @Operation(summary = "Release a claimed task")
    TaskView unclaim(CurrentUser user, @PathVariable String id) {
        return tasks.unclaim(user, id);
    }
}
