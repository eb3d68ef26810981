package vn.chiso.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.util.WebUtils;
import vn.chiso.shared.NotFoundException;

/**
 * Evidence files, kept in PostgreSQL so that every instance of the application serves the same ones. The original
 * name is only ever shown and sent back in a header, never used as a path.
 */
@Service
public class EvidenceFiles {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_NAME = 255;
    private static final String FILE_FIELD = "evidence-";

    private final EvidenceRepository evidence;

    EvidenceFiles(EvidenceRepository evidence) {
        this.evidence = evidence;
    }

    /** A checked upload, ready to store; the slot is what its input was for (a task, a criterion). */
    public record Upload(long slot, String fileName, EvidenceType type, byte[] content) {
    }

    /** Reads and checks an uploaded file: size, and a type among those allowed, found in its content. */
    public static Upload check(long slot, MultipartFile file) throws EvidenceRejectedException {
        String name = cleanName(file.getOriginalFilename());
        if (file.isEmpty()) {
            throw refused(slot, name, "report.evidence.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            throw refused(slot, name, "report.evidence.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<EvidenceType> type = EvidenceType.of(content);
        if (type.isEmpty()) {
            throw refused(slot, name, "report.evidence.type");
        }
        if (!type.get().matchesName(name)) {
            throw refused(slot, name, "report.evidence.nameMismatch", type.get().label());
        }
        return new Upload(slot, name, type.get(), content);
    }

    /** Checks the signed document of a report: a PDF, found in its content like every evidence file's type. */
    public static Upload checkPdf(long slot, MultipartFile file) throws EvidenceRejectedException {
        Upload upload = check(slot, file);
        if (upload.type() != EvidenceType.PDF) {
            throw refused(slot, upload.fileName(), "report.signed.notPdf");
        }
        return upload;
    }

    /**
     * Checks every chosen file (inputs named by slot), refusing them all together when any is refused. A file input
     * left empty still sends a part, without a name or content: it is skipped.
     */
    public static List<Upload> checkAll(Map<Long, List<MultipartFile>> files) throws EvidenceRejectedException {
        List<Upload> uploads = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        files.forEach((slot, list) -> list.stream()
                .filter(file -> !file.isEmpty() || StringUtils.hasText(file.getOriginalFilename()))
                .forEach(file -> {
                    try {
                        uploads.add(check(slot, file));
                    } catch (EvidenceRejectedException refused) {
                        problems.addAll(refused.problems());
                    }
                }));
        if (!problems.isEmpty()) {
            throw new EvidenceRejectedException(problems);
        }
        return uploads;
    }

    /**
     * The files chosen in a form, by slot: each file input is named {@code evidence-<slot>}. The request reaching a
     * controller is wrapped (by Spring Security): the multipart one is looked for inside.
     */
    public static Map<Long, List<MultipartFile>> chosen(HttpServletRequest request) {
        Map<Long, List<MultipartFile>> files = new HashMap<>();
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        if (multipart == null) {
            return files;
        }
        multipart.getMultiFileMap().forEach((name, list) -> {
            if (name.startsWith(FILE_FIELD) && name.substring(FILE_FIELD.length()).matches("\\d{1,18}")) {
                files.put(Long.parseLong(name.substring(FILE_FIELD.length())), list);
            }
        });
        return files;
    }

    /** Stores a file sent with a report entry of the unit: the upload's slot is the task. */
    public void store(long unitId, long reportId, Upload upload, String actor, Instant at) {
        evidence.insert(unitId, reportId, upload.slot(), upload, sha256(upload.content()), actor, at);
    }

    /**
     * Attaches the signed document to a report of the unit as a whole (no task), in place of the one it had; that one
     * stays stored for the versions that list it.
     */
    public void storeSigned(long unitId, long reportId, Upload upload, String actor, Instant at) {
        removeSigned(reportId, at);
        evidence.insert(unitId, reportId, null, upload, sha256(upload.content()), actor, at);
    }

    /** Takes the signed document off a report; it stays stored for the versions that list it. */
    public void removeSigned(long reportId, Instant at) {
        evidence.removeSigned(reportId, at);
    }

    /** Gives a report's files the report's document number as it now reads, shown wherever they are offered. */
    public void numberOfReport(long reportId, String documentNumber) {
        evidence.numberOfReport(reportId, documentNumber);
    }

    /** Stores a file of a unit that belongs to no report (sent with an assessment); returns its id. */
    public long storeForUnit(long unitId, Upload upload, String actor, Instant at) {
        return evidence.insert(unitId, null, null, upload, sha256(upload.content()), actor, at);
    }

    /**
     * Every file the unit has uploaded anywhere in the application and not taken off its report, newest first: what
     * an assessment can refer to instead of uploading the same document again.
     */
    public List<UnitEvidence> ofUnit(long unitId) {
        return evidence.ofUnit(unitId);
    }

    /** The unit's files of these ids, by name: what an assessment lists under a criterion. */
    public Map<Long, UnitEvidence> described(Collection<Long> evidenceIds) {
        Map<Long, UnitEvidence> files = new LinkedHashMap<>();
        if (!evidenceIds.isEmpty()) {
            evidence.described(evidenceIds).forEach(file -> files.put(file.id(), file));
        }
        return files;
    }

    /** The files now attached to these reports, entries' and signed documents alike, in the order they came. */
    public List<StoredFile> ofReports(Collection<Long> reportIds) {
        return reportIds.isEmpty() ? List.of() : evidence.ofReports(reportIds);
    }

    /** A file of the unit, wherever it was uploaded. */
    public EvidenceFile fileOfUnit(long unitId, long evidenceId) {
        return evidence.fileOfUnit(unitId, evidenceId).orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
    }

    /** Takes files off a report; they stay stored for the earlier versions that list them. */
    public void remove(long reportId, Collection<Long> evidenceIds, Instant at) {
        if (!evidenceIds.isEmpty()) {
            evidence.remove(reportId, evidenceIds, at);
        }
    }

    /** A file of a report, current or listed by an earlier version. */
    public EvidenceFile file(long reportId, long evidenceId) {
        return evidence.fileOfReport(reportId, evidenceId)
                .orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
    }

    /** The last part of whatever path the browser sent, without control characters, at most 255 characters. */
    static String cleanName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "tai-lieu";
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    private static EvidenceRejectedException refused(long slot, String name, String key, Object... args) {
        return new EvidenceRejectedException(List.of(new FileProblem(slot, name, key, args)));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
