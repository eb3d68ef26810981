package vn.chiso.index.importing;

import java.util.List;

import vn.chiso.index.result.ProvinceLine;

/**
 * What a staged file would save, or why it cannot be saved.
 *
 * @param missing provinces of that year the file does not mention (saved without results)
 */
public record ImportPreview(int year, String fileName, List<ImportProblem> problems, List<PreviewRow> rows,
        List<String> missing, List<ProvinceLine> lines) {

    public boolean canSave() {
        return problems.isEmpty();
    }

    public long rankedCount() {
        return rows.stream().filter(PreviewRow::ranked).count();
    }
}
