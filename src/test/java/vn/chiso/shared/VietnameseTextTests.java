package vn.chiso.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

    @Test
    void foldingDropsDiacriticsCaseAndExtraSpaces() {
        assertThat(VietnameseText.fold("Thừa Thiên Huế")).isEqualTo("thua thien hue");
        assertThat(VietnameseText.fold("Đắk Lắk")).isEqualTo("dak lak");
        assertThat(VietnameseText.fold("  Sở   Tài chính ")).isEqualTo("so tai chinh");
        assertThat(VietnameseText.fold("Ủy ban nhân dân xã Diên An")).isEqualTo("uy ban nhan dan xa dien an");
        assertThat(VietnameseText.fold(null)).isEmpty();
    }
}
