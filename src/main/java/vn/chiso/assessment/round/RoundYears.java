package vn.chiso.assessment.round;

import vn.chiso.shared.NotFoundException;

/** The years a round can be held for, as the schema allows them. */
final class RoundYears {

    static final int FIRST = 1990;
    static final int LAST = 2100;

    private RoundYears() {
    }

    static boolean valid(int year) {
        return year >= FIRST && year <= LAST;
    }

    /** A page of a year outside the range does not exist. */
    static int checked(int year) {
        if (!valid(year)) {
            throw new NotFoundException("Assessment year", year);
        }
        return year;
    }
}
