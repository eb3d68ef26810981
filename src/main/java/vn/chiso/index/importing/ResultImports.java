package vn.chiso.index.importing;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.province.ProvinceDirectory;
import vn.chiso.index.result.NewResultSet;
import vn.chiso.index.result.ResultSetWriter;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.shared.table.Table;
import vn.chiso.shared.table.TableReader;
import vn.chiso.shared.table.UnreadableFileException;

/**
 * Importing a year's results table: upload (kept until confirmed), preview with every problem, and save as a new
 * version of the year in one transaction. Nothing is saved while any problem remains.
 */
@Service
public class ResultImports {

    public static final int MAX_MEGABYTES = 10;
    public static final int MAX_LINES = 1000;
    private static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    private final IndexCatalogue catalogue;
    private final ProvinceDirectory provinces;
    private final StagedImports staged;
    private final ResultSetWriter writer;

    ResultImports(IndexCatalogue catalogue, ProvinceDirectory provinces, StagedImports staged, ResultSetWriter writer) {
        this.catalogue = catalogue;
        this.provinces = provinces;
        this.staged = staged;
        this.writer = writer;
    }

    /** Keeps an uploaded file for its preview; a file that cannot be read at all is refused at once. */
    @Transactional
    public UUID upload(String indexCode, ImportForm form, String fileName, byte[] content, String user) {
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("file", "import.file.tooLarge", MAX_MEGABYTES);
        }
        try {
            TableReader.read(content);
        } catch (UnreadableFileException e) {
            throw new RuleViolationException("file", e.messageKey());
        }
        String name = StringUtils.hasText(fileName) ? StringUtils.getFilename(fileName.replace('\\', '/')) : "tep-tai-len";
        return staged.add(catalogue.index(indexCode).id(), form, name, content, user);
    }

    public ImportPreview preview(String indexCode, UUID id) {
        Catalogue index = catalogue.catalogue(indexCode);
        return preview(index, stagedImport(index, id));
    }

    /** Saves the previewed file as the year's new current version; returns the year. */
    @Transactional
    public int confirm(String indexCode, UUID id, String user) {
        Catalogue index = catalogue.catalogue(indexCode);
        StagedImport upload = stagedImport(index, id);
        ImportPreview preview = preview(index, upload);
        if (!preview.canSave()) {
            throw new RuleViolationException(null, "import.cannotSave", preview.problems().size());
        }
        writer.save(new NewResultSet(index.index(), upload.year(), true, upload.rankedCount(), upload.sourceNote(),
                NewResultSet.Origin.IMPORT, upload.fileName(), user, preview.lines()));
        staged.remove(id);
        return upload.year();
    }

    @Transactional
    public void discard(String indexCode, UUID id) {
        staged.remove(stagedImport(catalogue.catalogue(indexCode), id).id());
    }

    private ImportPreview preview(Catalogue index, StagedImport upload) {
        Table table;
        try {
            table = TableReader.read(upload.content());
        } catch (UnreadableFileException e) {
            throw new IllegalStateException("a staged file was readable when uploaded", e);
        }
        return ImportCheck.check(table, index, provinces.namesOf(upload.year()), provinces.of(upload.year()),
                upload.year(), upload.fileName());
    }

    private StagedImport stagedImport(Catalogue index, UUID id) {
        return staged.find(id, index.index().id()).orElseThrow(() -> new NotFoundException("Import", id));
    }
}
