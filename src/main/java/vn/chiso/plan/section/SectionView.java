package vn.chiso.plan.section;

/** A plan's heading or paragraph as pages read it; heading or body may be missing, not both. */
public record SectionView(long id, long planId, String number, String heading, String body, int version) {
}
