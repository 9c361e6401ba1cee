package org.entente.report.cli;

/** A command-line option that cannot be used; its message says what is wrong and what is allowed. */
public class OptionException extends RuntimeException {

    public OptionException(String message) {
        super(message);
    }
}
