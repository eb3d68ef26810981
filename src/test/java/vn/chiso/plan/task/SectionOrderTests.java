package vn.chiso.plan.task;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionOrderTests {

    @Test
    void sectionsSortAsTheDocumentNumbersThem() {
        List<String> sections = new ArrayList<>(List.of("III.1", "II.1.đ", "II.10.a", "II.2.a", "II.1.d", "II.1.a",
                "IV", "II.1.b", "II.9"));
        sections.sort(SectionOrder.INSTANCE);
        assertThat(sections).containsExactly("II.1.a", "II.1.b", "II.1.d", "II.1.đ", "II.2.a", "II.9", "II.10.a",
                "III.1", "IV");
    }
}
