package gov.clearance.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web UI's own addresses: a browser opening one (a bookmark, a reload, a link in an email) gets the UI,
 * which then shows the page for it. Everything else (the API, the Camunda webapps, the files of the UI) is
 * served as before.
 */
@Controller
class UserInterfaceRoutes {

    @GetMapping({"/applications", "/applications/**", "/tasks", "/tasks/**", "/cases", "/cases/**", "/admin", "/admin/**"})
    String userInterface() {
        return "forward:/index.html";
    }
}
