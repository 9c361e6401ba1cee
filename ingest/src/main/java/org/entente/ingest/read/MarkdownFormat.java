package org.entente.ingest.read;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
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
 * {@code ---} lines. The body is parsed with commonmark-java and keeps its words without its markup:
 * headings, list and quote markers, emphasis, links (their text stays), images (they go).
 */
public final class MarkdownFormat {

    /** Thread-safe once built; CommonMark without extensions (tables in an article are rare). */
    private static final Parser PARSER = Parser.builder().build();


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

    /**
     * Markdown's own paragraphs, as commonmark-java parses them: each paragraph, heading, list item
     * and line of code is one; a quote's paragraphs are paragraphs; rules and link definitions are not
     * text. Inside a paragraph, link text stays, images go, emphasis and code marks go, and a line
     * break is a space. An HTML block is read as an HTML fragment.
     */
    private static List<String> paragraphs(List<String> lines) {
        Node document = PARSER.parse(String.join("\n", lines));
        List<String> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                add(inlineText(paragraph), out);
            }

            @Override
            public void visit(Heading heading) {
                add(inlineText(heading), out);
            }

            @Override
            public void visit(FencedCodeBlock code) {
                codeLines(code.getLiteral(), out);
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                codeLines(code.getLiteral(), out);
            }

            @Override
            public void visit(HtmlBlock html) {
                out.addAll(HtmlFormat.fragmentParagraphs(html.getLiteral()));
            }
        });
        return out;
    }

    private static String inlineText(Node block) {
        StringBuilder b = new StringBuilder();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                b.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                b.append(' ');
            }

            @Override
            public void visit(Image image) {
                // a picture's alt text is a caption, not the article
            }

            @Override
            public void visit(HtmlInline html) {
                // tags inside a sentence are markup; their text nodes are not separate from them
            }
        });
        return b.toString();
    }

    private static void codeLines(String literal, List<String> out) {
        for (String line : TextLines.split(literal)) {
            add(line, out);
        }
    }

    private static void add(String paragraph, List<String> out) {
        String p = paragraph.strip().replaceAll("\\s+", " ");
        if (!p.isEmpty()) {
            out.add(p);
        }
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
