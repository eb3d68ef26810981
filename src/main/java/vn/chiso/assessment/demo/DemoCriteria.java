package vn.chiso.assessment.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import vn.chiso.assessment.AssessedKind;

/**
 * The demo's criteria sets, read from {@code demo/assessments/criteria-<kind>.txt}: one line per field, criterion or
 * sub-criterion, a scored one with its maximum, step, how often units lose points on it and the kind of document that
 * backs it, optionally preceded by the years it belongs to. The departments' set serves the other provincial bodies
 * as well.
 */
final class DemoCriteria {

    /** The criterion central agencies and public service units are waived from: they draft no provincial regulation. */
    static final String REGULATIONS = "2.1";

    private static final Pattern YEARS = Pattern.compile("^(\\d{4})(\\+|-\\d{4})?:\\s*");

    private DemoCriteria() {
    }

    /** One line of a set: a field, criterion or sub-criterion; scored when it has a maximum. */
    record Node(String code, String name, BigDecimal max, BigDecimal step, int losses, String document) {

        int level() {
            return code.split("\\.").length;
        }

        String parentCode() {
            int dot = code.lastIndexOf('.');
            return dot < 0 ? null : code.substring(0, dot);
        }

        boolean scored() {
            return max != null;
        }
    }

    static String name(AssessedKind kind, int year) {
        return switch (kind) {
            case DEPARTMENT -> "Bộ Chỉ số cải cách hành chính các sở, ban, ngành, cơ quan, đơn vị thuộc tỉnh năm "
                    + year;
            case DISTRICT -> "Bộ Chỉ số cải cách hành chính Ủy ban nhân dân các huyện, thị xã, thành phố năm " + year;
            case COMMUNE -> "Bộ Chỉ số cải cách hành chính Ủy ban nhân dân các xã, phường, thị trấn năm " + year;
        };
    }

    static BigDecimal surveyPoints(AssessedKind kind) {
        return BigDecimal.valueOf(kind == AssessedKind.COMMUNE ? 20 : 30);
    }


    /** The nodes of a kind's set for a year, parents before their children. */
    static List<Node> nodes(AssessedKind kind, int year) {
        List<Node> nodes = new ArrayList<>();
        for (String line : lines("demo/assessments/criteria-" + kind.name().toLowerCase(Locale.ROOT) + ".txt")) {
            Matcher years = YEARS.matcher(line);
            if (years.find()) {
                int from = Integer.parseInt(years.group(1));
                String until = years.group(2);
                int to = until == null ? from
                        : until.equals("+") ? Integer.MAX_VALUE : Integer.parseInt(until.substring(1));
                if (year < from || year > to) {
                    continue;
                }
                line = line.substring(years.end());
            }
            nodes.add(node(line.strip()));
        }
        return nodes;
    }

    private static List<String> lines(String file) {
        try {
            String text = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node node(String line) {
        String[] parts = line.split(" ", 6);
        if (parts.length == 6 && Character.isDigit(parts[1].charAt(0))) {
            return new Node(parts[0], parts[5], new BigDecimal(parts[1]), new BigDecimal(parts[2]),
                    Integer.parseInt(parts[3]), parts[4]);
        }
        String[] named = line.split(" ", 2);
        return new Node(named[0], named[1], null, null, 0, null);
    }
}
