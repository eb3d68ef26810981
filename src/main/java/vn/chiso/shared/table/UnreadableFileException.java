package vn.chiso.shared.table;

/** The upload is not a results file this application can read; the message key says why. */
public class UnreadableFileException extends Exception {

    private final String messageKey;

    public UnreadableFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
