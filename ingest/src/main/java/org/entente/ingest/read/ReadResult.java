package org.entente.ingest.read;

import java.util.List;

/**
 * What a format reader made of one file, record by record in file order: a .jsonl file gives one
 * entry per line, the other formats one entry. A failure that concerns the whole file (not valid
 * JSON at all) is a single failed entry.
 */
public record ReadResult(List<Entry> entries) {

    /**
     * One record: a draft, or the reason it could not be read.
     *
     * @param idSuffix what tells this record apart from the others of its file when it has no id of
     *                 its own (the line number of a .jsonl record), or empty for a one-article file
     * @param ownId    the id a failed record still gives itself (a JSON id field), or empty
     */
    public record Entry(String idSuffix, String ownId, ArticleDraft draft, String failure) {
        public Entry {
            idSuffix = idSuffix == null ? "" : idSuffix;
            ownId = ownId == null ? "" : ownId.strip();
            failure = failure == null ? "" : failure;
            if ((draft == null) == failure.isEmpty()) {
                throw new IllegalArgumentException("an entry is either a draft or a failure");
            }
        }

        public static Entry of(String idSuffix, ArticleDraft draft) {
            return new Entry(idSuffix, "", draft, "");
        }

        public static Entry failed(String idSuffix, String ownId, String failure) {
            return new Entry(idSuffix, ownId, null, failure);
        }
    }

    public ReadResult {
        entries = List.copyOf(entries);
    }

    public static ReadResult of(ArticleDraft draft) {
        return new ReadResult(List.of(Entry.of("", draft)));
    }

    public static ReadResult failed(String reason) {
        return new ReadResult(List.of(Entry.failed("", "", reason)));
    }
}
