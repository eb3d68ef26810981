package vn.chiso.search;

/** What the search box finds, in the order the results page lists them. */
enum SearchKind {
    PLANS, TASKS, UNITS, REPORTS
}
