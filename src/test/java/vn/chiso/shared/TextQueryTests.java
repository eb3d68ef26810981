package vn.chiso.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextQueryTests {

    @Test
    void everyWordMustBeFoundEachAsTheBeginningOfAWord() {
        assertThat(TextQuery.of("  Kế hoạch   6025 ").tsquery()).isEqualTo("'ke':* & 'hoach':* & '6025':*");
        assertThat(TextQuery.of("tu pha").tsquery()).isEqualTo("'tu':* & 'pha':*");
    }

    @Test
    void thePartsOfOneWordFollowEachOtherInTheirOrder() {
        assertThat(TextQuery.of("6025/KH-UBND II.1.đ").tsquery())
                .isEqualTo("('6025':* <-> 'kh':* <-> 'ubnd':*) & ('ii':* <-> '1':* <-> 'd':*)");
    }

    @Test
    void nothingTypedCanChangeTheQuerysSyntax() {
        assertThat(TextQuery.of("a' | !b:* & (c)").tsquery()).isEqualTo("'a':* & 'b':* & 'c':*");
    }

    @Test
    void lessThanTwoLettersOrDigitsIsNotWorthSearching() {
        assertThat(TextQuery.of(null).searchable()).isFalse();
        assertThat(TextQuery.of(" ").searchable()).isFalse();
        assertThat(TextQuery.of("a").searchable()).isFalse();
        assertThat(TextQuery.of("- / .").searchable()).isFalse();
        assertThat(TextQuery.of("II").searchable()).isTrue();
        assertThat(TextQuery.of("a b").searchable()).isTrue();
    }

    @Test
    void aLongQueryIsCut() {
        assertThat(TextQuery.of("x".repeat(500)).typed()).hasSize(TextQuery.MAX_LENGTH);
        assertThat(TextQuery.of("a b c d e f g h i j k l m").words()).hasSize(10);
    }
}
