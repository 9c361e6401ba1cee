package org.entente.analyze;

import java.util.Locale;

/** Who aligns with whom in a shared position: both sides together, side A backing B, or B backing A. */
public enum Direction {
    JOINT, A_TO_B, B_TO_A;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
