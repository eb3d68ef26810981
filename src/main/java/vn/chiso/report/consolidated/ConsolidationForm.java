package vn.chiso.report.consolidated;

/**
 * What the coordinator fills in before downloading the consolidated report: its number, date (d/M/yyyy), place and
 * signer. Blank values get the usual defaults.
 */
public record ConsolidationForm(String number, String date, String place, String signerTitle, String signerName) {
}
