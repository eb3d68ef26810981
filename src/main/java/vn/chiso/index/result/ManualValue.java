package vn.chiso.index.result;

/**
 * One indicator's line of the manual entry form, as typed: numbers stay text until the service reads them, so that
 * a mistyped number comes back next to its field with everything else the coordinator typed.
 */
public record ManualValue(Long indicatorId, String score, String rank, String group) {
}
