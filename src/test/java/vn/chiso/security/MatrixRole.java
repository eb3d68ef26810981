package vn.chiso.security;

/**
 * Who tries each URL of the matrix: nobody signed in, each role, and the officer of the unit that owns the objects
 * the URL names beside the officer of another unit.
 */
enum MatrixRole {
    ANONYMOUS, ADMIN, COORDINATOR, LEADER, OFFICER_OWN, OFFICER_OTHER
}
