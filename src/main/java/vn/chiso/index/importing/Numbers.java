package vn.chiso.index.importing;

import java.math.BigDecimal;

/** Numbers in messages about a file: as plain as the file would write them. */
final class Numbers {

    private Numbers() {
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
