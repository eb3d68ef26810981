package vn.chiso.system;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/** A properties file an operator writes in an ordinary editor (UTF-8) reads as typed; escapes still work. */
class Utf8PropertiesLoaderTests {

    @Test
    void vietnameseValuesReadAsTypedAndEscapesAsBefore() throws Exception {
        byte[] file = """
                chiso.reports.addressee=Sở Nội vụ tỉnh Khánh Hòa
                chiso.escaped=S\\u1edf T\\u01b0 ph\\u00e1p
                """.getBytes(StandardCharsets.UTF_8);

        List<PropertySource<?>> sources = new Utf8PropertiesLoader().load("application.properties",
                new ByteArrayResource(file, "application.properties"));

        assertThat(sources.get(0).getProperty("chiso.reports.addressee")).hasToString("Sở Nội vụ tỉnh Khánh Hòa");
        assertThat(sources.get(0).getProperty("chiso.escaped")).hasToString("Sở Tư pháp");
    }
}
