package vn.chiso.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's files under {@code src/main/resources/demo/}: CSV tables (a header, an empty cell is no value), YAML
 * documents read into records, text read line by line and files as they are. Every {@code {today-10}},
 * {@code {year+4}} or {@code {round}} in the text files is resolved by the {@link DemoCalendar} before they are read,
 * so the story moves with the day the demo is built.
 */
@Component
@DemoData
public class DemoFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).build();

    private final DemoCalendar calendar;

    DemoFiles(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    /** The rows of {@code demo/<name>}, each by column name; lines starting with {@code #} are comments. */
    public List<Map<String, String>> csv(String name) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(new StringReader(text(new ClassPathResource("demo/" + name))))) {
                Map<String, String> row = new LinkedHashMap<>();
                record.toMap().forEach((column, value) -> row.put(column, value.isEmpty() ? null : value));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the text file {@code demo/<name>}, without blank lines and {@code #} comments. */
    public List<String> lines(String name) {
        return text(new ClassPathResource("demo/" + name)).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** The bytes of {@code demo/<name>}, as they are. */
    public byte[] bytes(String name) {
        try {
            return new ClassPathResource("demo/" + name).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML document {@code demo/<name>} as a {@code type}. */
    public <T> T yaml(String name, Class<T> type) {
        return read(new ClassPathResource("demo/" + name), type);
    }

    /** Every YAML document in {@code demo/<folder>/}, in the order of their file names. */
    public <T> List<T> yamls(String folder, Class<T> type) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:demo/" + folder + "/*.yaml");
            return Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename))
                    .map(file -> read(file, type)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(Resource file, Class<T> type) {
        return MAPPER.convertValue(new Yaml(new DatesAsWritten()).load(text(file)), type);
    }

    private String text(Resource file) {
        try {
            return calendar.resolve(file.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML's dates left as the ISO text they are written in, which the records read as days and moments. */
    private static final class DatesAsWritten extends SafeConstructor {

        DatesAsWritten() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }
}
