package vn.chiso.report.consolidated;

/**
 * The unit that consolidates the units' reports and signs the consolidated one (Sở Nội vụ, by configuration).
 *
 * @param name the unit's name, e.g. "Sở Nội vụ"; blank when no unit has the configured code
 * @param numberSuffix what follows the number of its reports, e.g. "BC-SNV" in "125/BC-SNV"
 */
public record IssuingBody(String name, String numberSuffix) {
}
