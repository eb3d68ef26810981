package vn.chiso.system;

/** The embedded database cannot start; the message says why and names the folder. */
class EmbeddedDatabaseException extends RuntimeException {

    EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
