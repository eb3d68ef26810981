package vn.chiso.system;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.chiso.unit.UnitService;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserService;

/** Where each role lands after signing in. */
@Controller
class HomeController {

    private final UnitService units;
    private final UserService users;

    HomeController(UnitService units, UserService users) {
        this.units = units;
        this.users = users;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.unitId() != null) {
            units.find(user.unitId()).ifPresent(unit -> model.addAttribute("myUnit", unit));
        }
        if (user.is(Role.OFFICER)) {
            model.addAttribute("members", users.activeMembersOf(user.unitId()));
        } else {
            model.addAttribute("overview", ProvinceOverview.of(units.tree(), users.activeOfficersByUnit()));
        }
        if (user.is(Role.ADMIN)) {
            model.addAttribute("accountsByRole", users.activeCountByRole());
        }
        return "home/" + user.role().name().toLowerCase(Locale.ROOT);
    }
}
