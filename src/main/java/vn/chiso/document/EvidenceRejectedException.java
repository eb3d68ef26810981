package vn.chiso.document;

import java.util.List;

/** Some uploaded files were refused; nothing of the save they came with was kept. */
public class EvidenceRejectedException extends RuntimeException {

    private final transient List<FileProblem> problems;

    public EvidenceRejectedException(List<FileProblem> problems) {
        super(problems.size() + " evidence files refused");
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
