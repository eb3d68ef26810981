package vn.chiso.search;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chiso.shared.TextQuery;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/** The results of the menu's search box. An empty or one-letter query asks for more and sends nothing. */
@Controller
class SearchController {

    private final SiteSearch search;

    SearchController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) SearchKind kind,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        TextQuery query = TextQuery.of(q);
        // the menu's box shows it again too
        model.addAttribute("searchQuery", query.typed());
        model.addAttribute("kind", kind);
        // an administrator opens a unit's administration page; everyone else the unit's tasks
        model.addAttribute("adminLinks", user.is(Role.ADMIN));
        if (query.searchable()) {
            model.addAttribute("results", search.find(query, user, kind));
        }
        return "search/results";
    }
}
