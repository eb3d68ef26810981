package vn.chiso.user;

/** Filters of the account list; every one is optional. */
public record UserSearch(String q, Role role, Long unitId, boolean inactive) {
}
