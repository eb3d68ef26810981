package vn.chiso.document;

/** A stored file to send back: its original name, the type found in its content, and the content. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {
}
