package org.entente.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which files are articles, by extension, and which reader reads each kind. */
public final class FileKinds {

    /** The kinds of article file read. */
    public enum Kind { TXT, MARKDOWN, HTML, JSON, JSONL, FEED, CSV, TSV, PDF }

    private static final Map<String, Kind> BY_EXTENSION = Map.ofEntries(
            Map.entry("txt", Kind.TXT), Map.entry("text", Kind.TXT),
            Map.entry("md", Kind.MARKDOWN), Map.entry("markdown", Kind.MARKDOWN),
            Map.entry("html", Kind.HTML), Map.entry("htm", Kind.HTML), Map.entry("xhtml", Kind.HTML),
            Map.entry("json", Kind.JSON),
            Map.entry("jsonl", Kind.JSONL), Map.entry("ndjson", Kind.JSONL),
            Map.entry("xml", Kind.FEED), Map.entry("rss", Kind.FEED), Map.entry("atom", Kind.FEED),
            Map.entry("csv", Kind.CSV), Map.entry("tsv", Kind.TSV),
            Map.entry("pdf", Kind.PDF));

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s{0,4}<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]{1,40})");

    private FileKinds() {
    }

    /** The lower-case extension of the file name (not of its folders), or empty when it has none. */
    public static String extension(String relativeFile) {
        String name = relativeFile.substring(relativeFile.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The relative path without the file name's extension: the article id of a one-article file. */
    public static String stripExtension(String relativeFile) {
        int slash = relativeFile.lastIndexOf('/');
        int dot = relativeFile.lastIndexOf('.');
        return dot > slash + 1 ? relativeFile.substring(0, dot) : relativeFile;
    }

    /** The kind of article an extension holds, or null when such files are not read. */
    public static Kind kindOf(String extension) {
        return BY_EXTENSION.get(extension);
    }

    public static String skipReason(String extension) {
        return extension.isEmpty()
                ? "not an article: files without an extension are not read (skipped)"
                : "not an article: ." + extension + " files are not read (skipped)";
    }

    public static Function<String, ReadResult> reader(Kind kind) {
        return switch (kind) {
            case TXT -> TxtFormat::read;
            case MARKDOWN -> MarkdownFormat::read;
            case HTML -> HtmlFormat::read;
            case JSON -> JsonFormat::readJson;
            case JSONL -> JsonFormat::readJsonLines;
            case FEED -> FeedFormat::read;
            case CSV -> TableFormat::readCsv;
            case TSV -> TableFormat::readTsv;
            case PDF -> throw new IllegalArgumentException("a PDF is read from its bytes, by PdfFormat");
        };
    }

    /** True for the kinds whose files hold several articles each, to which a manifest's title and url cannot apply. */
    public static boolean manyPerFile(Kind kind) {
        return kind == Kind.JSONL || kind == Kind.FEED || kind == Kind.CSV || kind == Kind.TSV;
    }

    /** The charset an XML file declares in its first line, or null; only a hint for detection. */
    public static String declaredXmlEncoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The charset an HTML page declares in its first bytes, or null; only a hint for detection. */
    public static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
