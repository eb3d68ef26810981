package vn.chiso.unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.Matches;
import vn.chiso.shared.TextQuery;

/**
 * Units the search box finds by name, short name or code; PostgreSQL matches them through the full-text index of
 * migration V15, in one statement, active units first and the best match first among them.
 */
@Service
@Transactional(readOnly = true)
public class UnitSearch {

    private final UnitRepository units;

    UnitSearch(UnitRepository units) {
        this.units = units;
    }

    /** Every unit that matches, or only unit {@code onlyUnitId} if it matches (an officer's own unit). */
    public Matches<UnitMatch> find(TextQuery query, Long onlyUnitId, int limit) {
        return units.search(query.tsquery(), onlyUnitId, limit);
    }
}
