package org.entente.analyze;

import java.util.Locale;

/** The three kinds of event the codebook counts. The lower-case name is what the exports write. */
public enum EventType {
    CONTACT, MEETING, SHARED_POSITION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
