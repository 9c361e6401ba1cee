package org.entente.ingest.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.entente.ingest.PartialDate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Articles saved or printed as PDF, read with PDFBox: the text in reading order, without the running
 * headers, footers and page numbers that every page repeats, with end-of-line hyphenation undone and the
 * lines of a paragraph joined. The date is a date line among the first lines (what the page shows the
 * reader), else the document's creation date.
 */
public final class PdfFormat {

    /** Written between two paragraphs by the text stripper; a character no article contains. */
    private static final String PARAGRAPH = "\u2029";

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:(?:page|p\\.)\\s*)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s*(?:/|sur|of|de)\\s*\\d{1,4})?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:»\"”…]$");
    /** Prefixes whose hyphen is part of the word ({@code sino-russe}), kept when a line ends on them. */
    private static final Set<String> HYPHENATED_PREFIXES = Set.of("sino", "russo", "franco", "germano", "anglo",
            "indo", "euro", "américano", "soviéto", "nord", "sud", "est", "ouest", "ex", "vice", "anti", "post",
            "pro", "néo", "co", "demi", "mi", "semi", "auto", "extra", "ultra", "non", "saint", "sainte");
    /** Running headers and footers are looked for among this many lines at the top and bottom of a page. */
    private static final int EDGE_LINES = 3;
    private static final int DATE_LINES = 6;

    private PdfFormat() {
    }

    /**
     * @param maxPages longer documents are rejected unread (a book or a report is not an article)
     */
    public static ReadResult read(byte[] bytes, int maxPages) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                return ReadResult.failed("no article text: the PDF has no page");
            }
            if (pages > maxPages) {
                return ReadResult.failed("longer than the " + maxPages + "-page limit for a PDF (" + pages
                        + " pages): a report or a book, not an article");
            }
            PdfLines stripper = new PdfLines();
            List<List<PdfLines.Line>> positioned = new ArrayList<>(pages);
            float spacing = 0;
            for (int page = 1; page <= pages; page++) {
                List<PdfLines.Line> lines = stripper.page(doc, page);
                positioned.add(lines);
                float s = PdfLines.lineSpacing(lines);
                if (s > 0 && (spacing == 0 || s < spacing)) {
                    spacing = s;
                }
            }
            List<List<String>> pageLines = new ArrayList<>(pages);
            for (List<PdfLines.Line> lines : positioned) {
                pageLines.add(marked(lines, spacing));
            }
            if (pageLines.stream().allMatch(l -> l.stream().allMatch(s -> s.equals(PARAGRAPH)))) {
                return ReadResult.failed("no text layer: a scanned PDF (" + pages + (pages == 1 ? " page" : " pages")
                        + " of images); run text recognition (OCR) on it first");
            }
            removeRunningLines(pageLines);
            List<String> paragraphs = paragraphs(pageLines);
            PDDocumentInformation info = doc.getDocumentInformation();
            PartialDate date = firstLinesDate(paragraphs).orElseGet(() -> creationDate(info));
            return ReadResult.of(new ArticleDraft("", title(info), paragraphs, date, "", "",
                    info.getAuthor() == null ? "" : info.getAuthor(), ""));
        } catch (InvalidPasswordException e) {
            return ReadResult.failed("encrypted PDF: it needs a password to open; save a copy without protection");
        } catch (IOException e) {
            return ReadResult.failed("not a readable PDF: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** The page's lines with a paragraph mark before each line that starts a paragraph. */
    private static List<String> marked(List<PdfLines.Line> lines, float spacing) {
        boolean[] starts = PdfLines.paragraphStarts(lines, spacing);
        List<String> out = new ArrayList<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            if (starts[i] && i > 0) {
                out.add(PARAGRAPH);
            }
            out.add(lines.get(i).text());
        }
        return out;
    }

    /**
     * Page numbers at a page's top or bottom go; so does a line found at the top or bottom of at least half
     * of the pages (figures aside, so "Page 2" and "Page 3" are one line), when there are two pages or more.
     */
    private static void removeRunningLines(List<List<String>> pages) {
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> page : pages) {
            edges(page).stream().map(PdfFormat::shape).distinct().forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        for (List<String> page : pages) {
            List<String> edges = edges(page);
            page.removeIf(line -> edges.contains(line) && (PAGE_NUMBER.matcher(line).matches()
                    || pages.size() > 1 && seen.getOrDefault(shape(line), 0) >= needed));
        }
    }

    private static List<String> edges(List<String> page) {
        List<String> text = page.stream().filter(l -> !l.equals(PARAGRAPH)).toList();
        if (text.size() <= 2 * EDGE_LINES) {
            return text;
        }
        List<String> out = new ArrayList<>(text.subList(0, EDGE_LINES));
        out.addAll(text.subList(text.size() - EDGE_LINES, text.size()));
        return out;
    }

    private static String shape(String line) {
        return DIGITS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("#");
    }

    /**
     * Lines joined into paragraphs at the stripper's paragraph breaks; across a page break, a paragraph that
     * does not end a sentence continues on the next page when that starts in lower case.
     */
    private static List<String> paragraphs(List<List<String>> pages) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (List<String> page : pages) {
            boolean pageStart = true;
            for (String line : page) {
                if (line.equals(PARAGRAPH)) {
                    flush(current, out);
                    continue;
                }
                if (pageStart && current.isEmpty() && !out.isEmpty() && continues(out.get(out.size() - 1), line)) {
                    current.append(out.remove(out.size() - 1));
                }
                pageStart = false;
                append(current, line);
            }
            flush(current, out);
        }
        return out;
    }

    private static boolean continues(String previous, String line) {
        return !ENDS_SENTENCE.matcher(previous).find() && !line.isEmpty() && Character.isLowerCase(line.charAt(0));
    }

    /** Joins a line to its paragraph, undoing a hyphen that only split a word at the end of a line. */
    private static void append(StringBuilder paragraph, String line) {
        int n = paragraph.length();
        if (n == 0) {
            paragraph.append(line);
            return;
        }
        if (n > 1 && paragraph.charAt(n - 1) == '-' && Character.isLetter(paragraph.charAt(n - 2))) {
            if (Character.isLowerCase(line.charAt(0)) && !HYPHENATED_PREFIXES.contains(lastWord(paragraph))) {
                paragraph.setLength(n - 1); // "coopé-" + "ration"
            }
            paragraph.append(line); // "Saint-" + "Pétersbourg" keeps its hyphen, without a space
            return;
        }
        paragraph.append(' ').append(line);
    }

    private static String lastWord(StringBuilder paragraph) {
        int end = paragraph.length() - 1;
        int start = end;
        while (start > 0 && Character.isLetter(paragraph.charAt(start - 1))) {
            start--;
        }
        return paragraph.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = current.toString().strip();
        if (!p.isEmpty()) {
            out.add(p);
        }
        current.setLength(0);
    }

    /** A short line near the top that states a date ("Publié le 2 septembre 2025"), not a sentence of the story. */
    private static Optional<PartialDate> firstLinesDate(List<String> paragraphs) {
        for (int i = 0; i < Math.min(DATE_LINES, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (p.length() <= 80) {
                Optional<PartialDate> d = FrenchDate.find(p);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** The creation date's calendar day as the document states it, whatever its offset. */
    private static PartialDate creationDate(PDDocumentInformation info) {
        Calendar created = info.getCreationDate();
        if (created == null) {
            return null;
        }
        return new PartialDate(created.get(Calendar.YEAR), created.get(Calendar.MONTH) + 1, created.get(Calendar.DAY_OF_MONTH));
    }

    /** The document title, unless it is a file name a word processor put there ("Microsoft Word - note.docx"). */
    private static String title(PDDocumentInformation info) {
        String t = info.getTitle() == null ? "" : info.getTitle().strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (!t.contains(" ") || lower.startsWith("microsoft word") || lower.matches(".*\\.(docx?|odt|pdf|rtf|txt)$")) {
            return "";
        }
        return t;
    }
}
