package org.entente.analyze;

import java.util.Locale;

/** Only occurred events are counted; planned ones are listed. Negated and hypothetical reports never become mentions. */
public enum EventStatus {
    OCCURRED, PLANNED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventStatus fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
