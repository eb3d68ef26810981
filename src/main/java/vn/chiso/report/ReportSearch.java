package vn.chiso.report;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.Matches;
import vn.chiso.shared.TextQuery;
import vn.chiso.user.CurrentUser;

/**
 * Reports the search box finds by their document number, among those the reader may open ({@link ReportAccess}'s
 * rule, applied in the query so that the count is right too); PostgreSQL matches them through the full-text index
 * of migration V15, in one statement, best match first, then the latest period.
 */
@Service
@Transactional(readOnly = true)
public class ReportSearch {

    private final ReportRepository reports;

    ReportSearch(ReportRepository reports) {
        this.reports = reports;
    }

    public Matches<ReportMatch> find(TextQuery query, CurrentUser reader, int limit) {
        return switch (reader.role()) {
            case COORDINATOR -> find(query, null, null, limit);
            case LEADER -> find(query, ReportStatus.ACCEPTED, null, limit);
            case OFFICER -> reader.unitId() == null ? Matches.none() : find(query, null, reader.unitId(), limit);
            case ADMIN -> Matches.none();
        };
    }

    private Matches<ReportMatch> find(TextQuery query, ReportStatus onlyStatus, Long onlyUnit, int limit) {
        List<ReportRepository.Found> found = reports.matching(query.tsquery(), onlyStatus, onlyUnit, limit);
        return new Matches<>(found.stream().map(ReportRepository.Found::match).toList(),
                found.isEmpty() ? 0 : found.get(0).total());
    }
}
