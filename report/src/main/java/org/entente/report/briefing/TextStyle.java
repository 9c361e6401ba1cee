package org.entente.report.briefing;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font, size and colour for a run of PDF text, with the line height that goes with them. */
record TextStyle(PDFont font, float size, Color color, float leading) {

    TextStyle(PDFont font, float size, Color color) {
        this(font, size, color, size * 1.32f);
    }

    /** How far above the bottom of its line box the baseline sits: half the extra leading plus the descent. */
    float baselineOffset() {
        return (leading - size) / 2 + size * 0.21f;
    }

    /** The width in points of already printable text. */
    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
