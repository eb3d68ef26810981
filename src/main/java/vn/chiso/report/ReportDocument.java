package vn.chiso.report;

import java.time.LocalDate;

/** The unit's document as a save stores it: what the officer typed, tidied (see {@link ReportEditing}). */
record ReportDocument(String number, LocalDate date, String addressee, String subject, String signerTitle,
        String signerName, String recipients) {
}
