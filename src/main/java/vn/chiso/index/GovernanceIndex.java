package vn.chiso.index;

import java.util.List;

/** One of the indices the province is ranked on. Its groups are kept in order, best first. */
record GovernanceIndex(long id, String code, String nameVi, String nameEn, String publisher, Measure measure,
        boolean higherIsBetter, List<GroupLabel> groups) {

    GovernanceIndex {
        groups = List.copyOf(groups);
    }

    GovernanceIndex withGroups(List<GroupLabel> groups) {
        return new GovernanceIndex(id, code, nameVi, nameEn, publisher, measure, higherIsBetter, groups);
    }

    IndexView view(IndicatorView aggregate) {
        return new IndexView(id, code, nameVi, nameEn, publisher, measure, higherIsBetter, groups, aggregate);
    }
}
