package vn.chiso.index.result;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * The province's own results of an index for a year, as a coordinator types them from the publisher's report.
 *
 * @param rankedCount among how many provinces the index ranked them (e.g. 61 for PAPI 2022), as typed
 */
public record ManualEntryForm(
        String rankedCount,
        @Size(max = 500, message = "{import.sourceNote.size}")
        String sourceNote,
        List<ManualValue> values) {
}
