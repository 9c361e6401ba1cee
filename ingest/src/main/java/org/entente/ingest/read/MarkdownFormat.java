package org.entente.ingest.read;

import org.entente.ingest.PartialDate;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Markdown articles with optional YAML front matter ({@code title, date, source, url}) between
 * {@code ---} lines. The body keeps its words and loses its markup: headings, list and quote
 * markers, emphasis, links (their text stays), images (they go).
 */
public final class MarkdownFormat {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,500}\\]\\([^)\\n]{0,2000}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\](?:\\([^)\\n]{0,2000}\\)|\\[[^\\]\\n]{0,200}\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]{1,2000})>");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|_{2,3}|`+|~~");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}(?:\\s+|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern QUOTE = Pattern.compile("^(?:>\\s?)+");
    private static final Pattern RULE = Pattern.compile("^(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,}|=+)$");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\[[^\\]]{1,200}\\]:\\s*\\S.*$");
    private static final Pattern FENCE = Pattern.compile("^(?:```|~~~).*$");

    private MarkdownFormat() {
    }

    public static ReadResult read(String text) {
        List<String> lines = TextLines.split(text);
        int bodyStart = 0;
        Map<?, ?> front = Map.of();
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int close = -1;
            for (int i = 1; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.equals("---") || l.equals("...")) {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                return ReadResult.failed("the front matter opened by --- on line 1 is never closed by a --- line");
            }
            Object parsed;
            try {
                LoaderOptions options = new LoaderOptions();
                Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                        new DumperOptions(), options, new DatesAsText());
                parsed = yaml.load(String.join("\n", lines.subList(1, close)));
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 2;
                return ReadResult.failed("the front matter is not valid YAML" + (line > 0 ? " (line " + line + ")" : "")
                        + ": " + e.getProblem());
            } catch (YAMLException e) {
                return ReadResult.failed("the front matter is not valid YAML: " + e.getMessage());
            }
            if (parsed != null && !(parsed instanceof Map<?, ?>)) {
                return ReadResult.failed("the front matter is not a list of 'name: value' fields");
            }
            front = parsed == null ? Map.of() : lowerCaseKeys((Map<?, ?>) parsed);
            bodyStart = close + 1;
        }
        List<String> paragraphs = paragraphs(lines.subList(bodyStart, lines.size()));
        PartialDate date = date(front.get("date") != null ? front.get("date") : front.get("published"));
        return ReadResult.of(new ArticleDraft("", field(front, "title"), paragraphs, date,
                field(front, "source"), field(front, "url")));
    }

    /** Markdown's own paragraphs: a blank line ends one; headings, list items and rules stand alone. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inFence = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                flush(current, out);
                continue;
            }
            if (inFence) {
                flush(current, out);
                if (!line.isEmpty()) {
                    out.add(line);
                }
                continue;
            }
            if (line.isEmpty() || RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()) {
                flush(current, out);
                continue;
            }
            line = QUOTE.matcher(line).replaceFirst("");
            boolean standsAlone = HEADING.matcher(line).find() || LIST_ITEM.matcher(line).find();
            if (standsAlone) {
                flush(current, out);
                line = HEADING.matcher(line).replaceFirst("");
                line = CLOSING_HASHES.matcher(line).replaceFirst("");
                line = LIST_ITEM.matcher(line).replaceFirst("");
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(inline(line));
            if (standsAlone) {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    private static String inline(String line) {
        String s = IMAGE.matcher(line).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = EMPHASIS.matcher(s).replaceAll("");
        return s.strip();
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = current.toString().strip();
        if (!p.isEmpty()) {
            out.add(p);
        }
        current.setLength(0);
    }

    /** Front matter written by hand says {@code Title:} as often as {@code title:}. */
    private static Map<String, Object> lowerCaseKeys(Map<?, ?> map) {
        Map<String, Object> out = new java.util.HashMap<>();
        map.forEach((k, v) -> {
            if (k != null) {
                out.putIfAbsent(k.toString().strip().toLowerCase(java.util.Locale.ROOT), v);
            }
        });
        return out;
    }

    private static String field(Map<?, ?> front, String name) {
        Object value = front.get(name);
        return value == null || value instanceof Map<?, ?> || value instanceof List<?> ? "" : value.toString().strip();
    }

    /**
     * Leaves dates as the text written: YAML would turn 2023-06-25T01:00+03:00 into an instant and
     * so into the day before in UTC, while the publisher's own day is the one wanted.
     */
    private static final class DatesAsText extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first);
            }
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }

    /** YAML reads an unquoted 2023-06-25 as a timestamp and 2023 as a number; both are dates here. */
    private static PartialDate date(Object value) {
        if (value instanceof Date d) {
            return PartialDate.ofDay(d.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }
        return value == null ? null : MetadataDate.parse(value.toString()).orElse(null);
    }
}
