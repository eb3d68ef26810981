package vn.chiso.notification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.chiso.user.Recipient;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserSearch;
import vn.chiso.user.UserService;

/** Who is told of what, beyond the coordinators: the active officers of a unit, the active leaders. */
@Component
class Recipients {

    private final UserService users;

    Recipients(UserService users) {
        this.users = users;
    }

    List<Recipient> officersOf(long unitId) {
        return users.activeMembersOf(unitId).stream().filter(member -> member.role() == Role.OFFICER)
                .map(Recipients::recipient).toList();
    }

    /** The province's leaders, then Sở Nội vụ's coordinators. */
    List<Recipient> leadersAndCoordinators() {
        List<Recipient> recipients = new ArrayList<>(users.search(new UserSearch(null, Role.LEADER, null, false),
                Pageable.unpaged()).map(Recipients::recipient).getContent());
        recipients.addAll(users.activeCoordinators());
        return recipients;
    }

    private static Recipient recipient(UserRow account) {
        return new Recipient(account.id(), account.fullName(),
                StringUtils.hasText(account.email()) ? account.email() : null);
    }
}
