package vn.chiso.assessment.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.shared.RuleViolationException;

/**
 * The rules of what a coordinator types into a set, gathered so that a form shows every mistake at once. Years and
 * codes go into messages as text: a number argument would be printed "2.031" in Vietnamese.
 */
final class CriteriaRules {

    static final int LEVELS = 3;
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    private static final int SET_NAME_LENGTH = 500;
    private static final int NODE_NAME_LENGTH = 1000;
    /** The columns hold numeric(6, 2). */
    private static final BigDecimal POINTS_LIMIT = new BigDecimal("10000");
    private static final Pattern CODE = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){0,3}$");

    private final List<RuleViolationException> problems = new ArrayList<>();

    void year(String field, Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new RuleViolationException(field, "criteria.year.range"));
        }
    }

    void kind(AssessedKind kind) {
        if (kind == null) {
            problems.add(new RuleViolationException("kind", "criteria.kind.required"));
        }
    }

    void setName(String field, String name) {
        name(field, name, SET_NAME_LENGTH, "criteria.setName.required");
    }

    void nodeName(String name) {
        name("name", name, NODE_NAME_LENGTH, "criteria.name.required");
    }

    void surveyPoints(BigDecimal points) {
        if (points == null) {
            problems.add(new RuleViolationException("surveyPoints", "criteria.surveyPoints.required"));
        } else {
            amount("surveyPoints", points, true);
        }
    }

    /** The maximum of a scored node and its optional step, of which the maximum must be a whole number. */
    void points(BigDecimal max, BigDecimal step) {
        boolean maxValid = max != null && amount("maxPoints", max, false);
        if (max == null) {
            problems.add(new RuleViolationException("maxPoints", "criteria.maxPoints.required"));
        }
        if (step != null && amount("step", step, false) && maxValid && max.remainder(step).signum() != 0) {
            problems.add(new RuleViolationException("step", "criteria.step.multiple", max, step));
        }
    }

    /**
     * The code of a node at {@code level} under {@code parent}: digits separated by dots, one part per level, begun
     * with the parent's code, unique in the set ({@code self} aside when it is being changed). Leading zeros are
     * dropped, so that "01" and "1" are one code.
     *
     * @return the code to store
     */
    String code(String typed, Criterion parent, int level, CriteriaTree tree, Criterion self) {
        String code = typed == null ? "" : typed.strip();
        if (code.isEmpty()) {
            problems.add(new RuleViolationException("code", "criteria.code.required"));
            return code;
        }
        if (!CODE.matcher(code).matches()) {
            problems.add(new RuleViolationException("code", "criteria.code.pattern"));
            return code;
        }
        String normalized = Arrays.stream(code.split("\\.")).map(part -> String.valueOf(Integer.parseInt(part)))
                .collect(Collectors.joining("."));
        if (normalized.split("\\.").length != level) {
            problems.add(new RuleViolationException("code", "criteria.code.level", String.valueOf(level),
                    parent == null ? "1" : parent.code() + ".1"));
        } else if (parent != null && !normalized.startsWith(parent.code() + ".")) {
            problems.add(new RuleViolationException("code", "criteria.code.parent", parent.code() + "."));
        } else if (tree.nodes().stream()
                .anyMatch(node -> node.code().equals(normalized) && (self == null || node.id() != self.id()))) {
            problems.add(new RuleViolationException("code", "criteria.code.taken", normalized));
        }
        return normalized;
    }

    void add(RuleViolationException problem) {
        problems.add(problem);
    }

    /** Throws every problem found, together. */
    void check() {
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
    }

    /** The kind is named as the assessment names it, or else as the units of that kind are named. */
    static RuleViolationException setExists(String field, int year, AssessedKind kind) {
        return new RuleViolationException(field, "criteria.set.exists", String.valueOf(year),
                new DefaultMessageSourceResolvable(new String[] {kind.messageKey(), "unit.kind." + kind.name()}));
    }

    private void name(String field, String name, int length, String requiredKey) {
        if (name == null || name.isBlank()) {
            problems.add(new RuleViolationException(field, requiredKey));
        } else if (name.strip().length() > length) {
            problems.add(new RuleViolationException(field, "criteria.name.size", String.valueOf(length)));
        }
    }

    /** Points as the columns hold them: above zero (or at zero when allowed), two decimals, below 10 000. */
    private boolean amount(String field, BigDecimal value, boolean zeroAllowed) {
        String problem = value.signum() < 0 || (value.signum() == 0 && !zeroAllowed)
                ? (zeroAllowed ? "criteria.points.negative" : "criteria.points.positive")
                : value.stripTrailingZeros().scale() > 2 ? "criteria.points.decimals"
                : value.compareTo(POINTS_LIMIT) >= 0 ? "criteria.points.tooLarge" : null;
        if (problem != null) {
            problems.add(new RuleViolationException(field, problem));
        }
        return problem == null;
    }
}
