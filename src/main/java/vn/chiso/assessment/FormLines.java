package vn.chiso.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Posted form lines put back in the order of the form, one per criterion that applies: a post that left lines out (or
 * shuffled them) is shown again with the stored values for what it did not send.
 */
final class FormLines {

    private FormLines() {
    }

    static <L> List<L> align(List<L> posted, List<L> stored, Function<L, Long> criterionOf) {
        List<L> aligned = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Long id = criterionOf.apply(stored.get(i));
            L same = i < posted.size() && posted.get(i) != null && id.equals(criterionOf.apply(posted.get(i)))
                    ? posted.get(i)
                    : posted.stream().filter(Objects::nonNull).filter(line -> id.equals(criterionOf.apply(line)))
                            .findFirst().orElse(stored.get(i));
            aligned.add(same);
        }
        return aligned;
    }
}
