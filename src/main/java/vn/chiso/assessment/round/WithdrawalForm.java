package vn.chiso.assessment.round;

/** The unit a coordinator takes out of a round. */
public record WithdrawalForm(Long unitId) {
}
