package vn.chiso.plan;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.Matches;
import vn.chiso.shared.TextQuery;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * Plans and tasks the search box finds, among the plans the reader may open: one statement each, best match first.
 */
@Service
@Transactional(readOnly = true)
public class PlanSearch {

    private final SearchRepository search;

    PlanSearch(SearchRepository search) {
        this.search = search;
    }

    public Matches<PlanMatch> plans(TextQuery query, CurrentUser reader, int limit) {
        Set<PlanStatus> readable = readableBy(reader.role());
        if (readable.isEmpty()) {
            return Matches.none();
        }
        return search.plans(query.tsquery(), names(readable), limit);
    }

    public Matches<TaskMatch> tasks(TextQuery query, CurrentUser reader, int limit) {
        Set<PlanStatus> readable = readableBy(reader.role());
        if (readable.isEmpty()) {
            return Matches.none();
        }
        return search.tasks(query.tsquery(), names(readable), limit);
    }

    /**
     * The plans a role may open: coordinators every one, drafts included; leaders and officers every one but drafts
     * (those in force and closed, as the plan pages let them); administrators none.
     */
    static Set<PlanStatus> readableBy(Role role) {
        return switch (role) {
            case COORDINATOR -> EnumSet.allOf(PlanStatus.class);
            case OFFICER, LEADER -> EnumSet.of(PlanStatus.IN_FORCE, PlanStatus.CLOSED);
            case ADMIN -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    private static String names(Set<PlanStatus> statuses) {
        return statuses.stream().map(PlanStatus::name).collect(Collectors.joining(","));
    }
}
