package org.entente.ingest.read;

import java.util.Locale;

/** File sizes as a person reads them in a rejection reason: "5 MB", "7.2 MB", "800 KB", "12 bytes". */
public final class Sizes {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;
    private static final long GB = 1024 * MB;

    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes >= GB) {
            return oneDecimal(bytes / (double) GB) + " GB";
        }
        if (bytes >= MB) {
            return oneDecimal(bytes / (double) MB) + " MB";
        }
        if (bytes >= KB) {
            return oneDecimal(bytes / (double) KB) + " KB";
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }

    private static String oneDecimal(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
