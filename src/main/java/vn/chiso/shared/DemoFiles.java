package vn.chiso.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's files under {@code src/main/resources/demo/}: CSV tables (a header, an empty cell is no value), YAML
 * documents read into records and text read line by line. Every {@code {today-10}}, {@code {year+4}} or
 * {@code {round}} in them is resolved by the {@link DemoCalendar}, so the story moves with the day the demo is built.
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
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/" + name).getInputStream(),
                StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                Map<String, String> row = new LinkedHashMap<>();
                record.toMap().forEach((column, value) -> row.put(column, value.isBlank() ? null
                        : calendar.resolve(value.strip())));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the text file {@code demo/<name>}, resolved, without blank lines and {@code #} comments. */
    public List<String> lines(String name) {
        try {
            return new ClassPathResource("demo/" + name).getContentAsString(StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(calendar::resolve).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        try (InputStream in = file.getInputStream()) {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return MAPPER.convertValue(resolved(tree), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree with the calendar's placeholders resolved and YAML's dates as ISO days. */
    private Object resolved(Object node) {
        if (node instanceof String text) {
            return calendar.resolve(text);
        }
        if (node instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(key, resolved(value)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(this::resolved).toList();
        }
        return node;
    }
}
