package vn.chiso.search;

/** What the search box finds, in the order the results page lists them: the long lists of tasks last. */
enum SearchKind {
    PLANS, UNITS, REPORTS, TASKS
}
