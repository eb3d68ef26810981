package vn.chiso.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
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
 * The demo's files under {@code src/main/resources/demo/}: CSV tables (a header, {@code #} comments, an empty cell is
 * no value), YAML documents read into records (dates left as the ISO text the records read) and files as they are.
 * The {@link DemoCalendar} resolves their {@code {today-10}}, {@code {year+4}} and {@code {round}} before they are read.
 */
@Component
@DemoData
public record DemoFiles(DemoCalendar calendar) {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).build();

    /** The rows of {@code demo/<name>}, each by column name. */
    public List<Map<String, String>> csv(String name) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setTrim(true)
                    .get().parse(new StringReader(text(resource(name)))).stream().map(record -> {
                        Map<String, String> row = new HashMap<>();
                        record.toMap().forEach((column, value) -> row.put(column, value.isEmpty() ? null : value));
                        return row;
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes(String name) {
        try {
            return resource(name).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML document {@code demo/<name>}, or with {@code *} every one in a folder in the order of their names. */
    public <T> List<T> yaml(String name, Class<T> type) {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:demo/" + name))
                    .sorted(Comparator.comparing(Resource::getFilename)).map(file -> MAPPER.convertValue(
                            new Yaml(new DatesAsWritten()).load(text(file)), type)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource resource(String name) {
        return new ClassPathResource("demo/" + name);
    }

    private String text(Resource file) {
        try {
            return calendar.resolve(file.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class DatesAsWritten extends SafeConstructor {

        DatesAsWritten() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }
}
