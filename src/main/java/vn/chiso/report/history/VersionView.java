package vn.chiso.report.history;

import java.time.Instant;
import java.util.List;

import vn.chiso.report.ReportEvent;

/** One version of a report: who made it, when, on which event, and what changed since the version before. */
public record VersionView(int number, ReportEvent event, String actor, Instant at, String comment,
        List<Change> changes) {
}
