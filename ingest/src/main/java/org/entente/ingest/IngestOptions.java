package org.entente.ingest;

/**
 * How an input folder is read. Immutable; made with {@link #builder()}, whose setters reject a bad
 * value at once so that a wrong command-line option stops the run before any file is read.
 */
public final class IngestOptions {

    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_PDF_PAGES = 200;

    private static final IngestOptions DEFAULTS = builder().get();

    private final long maxFileBytes;
    private final int maxPdfPages;

    private IngestOptions(Builder builder) {
        this.maxFileBytes = builder.maxFileBytes;
        this.maxPdfPages = builder.maxPdfPages;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static IngestOptions defaults() {
        return DEFAULTS;
    }

    /** Files larger than this are rejected unread, so one stray video cannot exhaust the heap. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** PDFs with more pages are rejected unread: a report or a book is not an article, and would be slow to read. */
    public int maxPdfPages() {
        return maxPdfPages;
    }

    @Override
    public String toString() {
        return "IngestOptions[maxFileBytes=" + maxFileBytes + ", maxPdfPages=" + maxPdfPages + "]";
    }

    public static final class Builder {
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private int maxPdfPages = DEFAULT_MAX_PDF_PAGES;

        private Builder() {
        }

        public Builder maxFileBytes(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException(
                        "the maximum file size must be a positive number of bytes, was " + value);
            }
            this.maxFileBytes = value;
            return this;
        }

        public Builder maxPdfPages(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("the maximum number of PDF pages must be positive, was " + value);
            }
            this.maxPdfPages = value;
            return this;
        }

        public IngestOptions get() {
            return new IngestOptions(this);
        }
    }
}
