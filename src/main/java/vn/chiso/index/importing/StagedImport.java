package vn.chiso.index.importing;

import java.util.UUID;

/** An uploaded file waiting for its preview to be confirmed. */
record StagedImport(UUID id, long indexId, int year, Integer rankedCount, String sourceNote, String fileName,
        byte[] content, String uploadedBy) {
}
