package vn.chiso.index.province;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Provinces are data with validity periods: 63 until the 2025 reform, 34 after it. */
@ChisoTest
class ProvinceDirectoryTests {

    @Autowired
    ProvinceDirectory provinces;

    @Test
    void eachYearHasTheProvincesThatExistedOnItsLastDay() {
        assertThat(provinces.of(2022)).hasSize(63).extracting(Province::name)
                .contains("Khánh Hòa", "Ninh Thuận", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu");
        assertThat(provinces.of(2024)).hasSize(63);
        assertThat(provinces.of(2007)).as("64 provinces before Hà Tây joined Hà Nội: not covered").isEmpty();
        assertThat(provinces.of(2025)).hasSize(34).extracting(Province::name)
                .contains("Khánh Hòa", "Huế", "Hồ Chí Minh", "Hà Nội").doesNotContain("Ninh Thuận", "Bà Rịa - Vũng Tàu");
    }

    @Test
    void ourProvinceKeepsItsCodeAcrossTheMerger() {
        Province before = provinces.of(2022).stream().filter(p -> p.code().equals(provinces.ourCode())).findFirst()
                .orElseThrow();
        Province after = provinces.of(2025).stream().filter(p -> p.code().equals(provinces.ourCode())).findFirst()
                .orElseThrow();
        assertThat(before.name()).isEqualTo("Khánh Hòa");
        assertThat(after.name()).isEqualTo("Khánh Hòa");
        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(before.validTo()).hasToString("2025-07-01");
    }

    @Test
    void namesMatchWithOrWithoutDiacriticsAndInTheirCommonForms() {
        ProvinceNames names = provinces.namesOf(2022);
        assertThat(names.find("TT Huế")).get().extracting(Province::name).isEqualTo("Thừa Thiên Huế");
        assertThat(names.find("Thua Thien Hue")).get().extracting(Province::name).isEqualTo("Thừa Thiên Huế");
        assertThat(names.find("HCM")).get().extracting(Province::name).isEqualTo("Hồ Chí Minh");
        assertThat(names.find("TP. Hồ Chí Minh")).get().extracting(Province::name).isEqualTo("Hồ Chí Minh");
        assertThat(names.find("Thành phố Hồ Chí Minh")).get().extracting(Province::name).isEqualTo("Hồ Chí Minh");
        assertThat(names.find("BRVT")).get().extracting(Province::name).isEqualTo("Bà Rịa - Vũng Tàu");
        assertThat(names.find("Bà Rịa–Vũng Tàu")).get().extracting(Province::name).isEqualTo("Bà Rịa - Vũng Tàu");
        assertThat(names.find("tỉnh khanh hoa")).get().extracting(Province::name).isEqualTo("Khánh Hòa");
        assertThat(names.find("Khánh Hoà")).get().extracting(Province::name).isEqualTo("Khánh Hòa");
        assertThat(names.find("Đắc Lắc")).get().extracting(Province::name).isEqualTo("Đắk Lắk");
        assertThat(names.find("Atlantis")).isEmpty();

        assertThat(provinces.namesOf(2025).find("Thừa Thiên Huế")).get().extracting(Province::name).isEqualTo("Huế");
        assertThat(provinces.namesOf(2025).find("Ninh Thuận")).isEmpty();
    }
}
