package org.entente.report.job;

/** A file that could not be read at all; the ingest step skips it and lists it as rejected. */
public class FileReadException extends RuntimeException {

    private final String file;

    public FileReadException(String file, Throwable cause) {
        super("could not read " + file + ": " + cause.getMessage(), cause);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
