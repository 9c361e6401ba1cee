package org.entente.ingest.read;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.entente.ingest.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saved web pages: the article's headline, body and publication date, without the page around it.
 * The body is the page's {@code <article>} (else its main content), with navigation, scripts,
 * styles, forms, asides and share or related-links boxes removed; block elements make paragraphs.
 */
public final class HtmlFormat {

    private static final String[] DATE_META = {
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publish-date]",
            "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=dcterms.created]"};

    private static final String[] CONTENT_ROOTS = {
            "article", "[itemprop=articleBody]", "main", "[role=main]"};

    private static final String NEVER_TEXT = "script, style, noscript, template, nav, aside, form, iframe, svg, "
            + "button, select, input, textarea, object, embed, canvas, video, audio, [hidden], [aria-hidden=true]";

    /** Boxes pages put around an article, recognised by a whole word of their class or id. */
    private static final Set<String> FURNITURE = Set.of("share", "sharing", "social", "related", "comment",
            "comments", "newsletter", "advert", "ads", "promo", "breadcrumb", "breadcrumbs", "cookie", "cookies",
            "subscribe", "paywall", "navigation", "menu");

    /** Text beyond its heading that makes an {@code <article>} a story rather than a teaser. */
    private static final int MIN_STORY_CHARS = 300;

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s_-]+");

    private static final Pattern MARKUP = Pattern.compile("</(?:p|div|li|h[1-6]|blockquote)>|<br\\s{0,2}/?>",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s{0,5}:\\s{0,5}\"([^\"]{4,40})\"");

    private HtmlFormat() {
    }

    public static ReadResult read(String html) {
        Document doc = Jsoup.parse(html);
        if (EuropresseExport.isExport(doc)) {
            return EuropresseExport.read(doc, html);
        }
        List<Element> stories = stories(doc);
        if (stories.size() > 1) {
            return several(doc, html, stories);
        }
        String title = first(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"));
        Element root = contentRoot(doc);
        if (title.isEmpty()) {
            Element h1 = root.selectFirst("h1");
            if (h1 == null) {
                h1 = doc.selectFirst("h1"); // a headline set in the page header, above the <article>
            }
            title = h1 != null ? h1.text() : "";
        }
        if (title.isEmpty()) {
            title = doc.title();
        }
        PartialDate date = date(doc, root);
        String source = meta(doc, "meta[property=og:site_name]");
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? "" : canonical.attr("href"), meta(doc, "meta[property=og:url]"));

        if (root == doc.body()) {
            // No container the publisher marked: Readability's scoring finds the main text among the
            // page's columns, where taking the whole body would take menus, most-read lists and comments.
            Element main = readabilityContent(html, url);
            if (main != null) {
                root = main;
            }
        } else {
            root = root.clone();
        }
        root.select(NEVER_TEXT).remove();
        removeFurniture(root);
        if (root == doc.body()) {
            root.select("header, footer").remove();
        } else {
            root.select("footer").remove();
        }
        // The headline is the draft's title; an <h1> repeating it would make it appear twice.
        root.select("h1").remove();
        List<String> paragraphs = paragraphs(root);
        return ReadResult.of(new ArticleDraft("", title, paragraphs, date, source, url));
    }

    /**
     * The main content Readability4J (a port of Mozilla's Readability) finds in the page, or null when
     * it finds none with text. Used only for pages without an {@code <article>} or main element: where
     * the publisher marked the article, that element is taken as is, because Readability also keeps
     * long reader comments that follow a short article (HtmlArticleTest shows both cases).
     */
    private static Element readabilityContent(String html, String url) {
        try {
            Article article = new Readability4JExtended(url.isEmpty() ? "https://localhost/" : url, html).parse();
            Element content = article.getArticleContent();
            return content == null || content.text().isBlank() ? null : content;
        } catch (RuntimeException e) {
            return null; // Readability failing on an odd page leaves the page's body, as before
        }
    }

    /**
     * Top-level {@code <article>} elements that are whole stories: each has its own heading and
     * enough text to be more than a teaser. A page with one story and a list of teasers has one.
     */
    private static List<Element> stories(Document doc) {
        List<Element> stories = new ArrayList<>();
        for (Element article : doc.select("article")) {
            if (article.parents().stream().anyMatch(p -> p.normalName().equals("article"))) {
                continue; // a comment or quoted post inside a story is part of it
            }
            Element heading = article.selectFirst("h1, h2, h3");
            if (heading != null && article.text().length() - heading.text().length() >= MIN_STORY_CHARS) {
                stories.add(article);
            }
        }
        return stories;
    }

    /** A file of several stories (an export, a saved list of dispatches): one entry per story, in order. */
    private static ReadResult several(Document doc, String html, List<Element> stories) {
        String outlet = meta(doc, "meta[property=og:site_name]");
        List<Boolean> closed = RawArticles.closed(html);
        boolean countsAgree = closed.size() == doc.select("article").size();
        List<Element> all = doc.select("article");
        List<ReadResult.Entry> entries = new ArrayList<>(stories.size());
        for (int i = 0; i < stories.size(); i++) {
            Element story = stories.get(i);
            String suffix = String.valueOf(i + 1);
            int raw = all.indexOf(story);
            if (countsAgree && !closed.get(raw)) {
                entries.add(ReadResult.Entry.failed(suffix, "", RawArticles.cutOff(i + 1, stories.size())));
                continue;
            }
            Element heading = story.selectFirst("h1, h2, h3");
            String title = heading.text();
            PartialDate date = null;
            for (Element time : story.select("time[datetime]")) {
                date = MetadataDate.parse(time.attr("datetime")).orElse(null);
                if (date != null) {
                    break;
                }
            }
            if (date == null) {
                date = MetadataDate.parse(attr(story.selectFirst("[itemprop=datePublished]"), "content")).orElse(null);
            }
            Element author = story.selectFirst("[rel=author], [itemprop=author], .author, .byline");
            Element link = heading.selectFirst("a[href]");
            String url = link == null ? "" : link.absUrl("href");
            Element body = story.clone();
            body.select("header, footer, time, [rel=author], [itemprop=author], .author, .byline").remove();
            Element copy = body.selectFirst("h1, h2, h3");
            if (copy != null) {
                copy.remove();
            }
            entries.add(ReadResult.Entry.of(suffix, new ArticleDraft("", title, cleanParagraphs(body), date,
                    outlet, url, author == null ? "" : author.text(), "")));
        }
        return new ReadResult(entries);
    }

    /** The paragraphs of one story's element, with the furniture every page puts around text removed. */
    static List<String> cleanParagraphs(Element story) {
        story.select(NEVER_TEXT).remove();
        removeFurniture(story);
        return paragraphs(story);
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name);
    }

    /**
     * Paragraphs of an HTML fragment, for text fields that a scraper stored with their markup
     * (a JSON {@code text} of {@code <p>} elements).
     */
    public static List<String> fragmentParagraphs(String fragment) {
        Element body = Jsoup.parseBodyFragment(fragment).body();
        body.select(NEVER_TEXT).remove();
        return paragraphs(body);
    }

    /** True when a text field holds HTML markup rather than plain text. */
    public static boolean looksLikeHtml(String text) {
        return MARKUP.matcher(text).find();
    }

    private static void removeFurniture(Element root) {
        // A box holding much of the page is a wrapper whose class merely mentions such a word
        // ("no-ads"), not furniture: removing it would remove the article.
        int limit = root.text().length() / 3;
        List<Element> furniture = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && (isFurniture(e.className()) || isFurniture(e.id())) && e.text().length() <= limit) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
    }

    private static boolean isFurniture(String names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String word : WORD_SEPARATORS.split(names.toLowerCase(Locale.ROOT))) {
            if (FURNITURE.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Element contentRoot(Document doc) {
        for (String selector : CONTENT_ROOTS) {
            Elements candidates = doc.select(selector);
            Element best = null;
            for (Element candidate : candidates) {
                // Pages list teasers in <article> elements too; the real one holds the most text.
                if (best == null || candidate.text().length() > best.text().length()) {
                    best = candidate;
                }
            }
            if (best != null && !best.text().isBlank()) {
                return best;
            }
        }
        return doc.body();
    }

    private static PartialDate date(Document doc, Element root) {
        for (String selector : DATE_META) {
            Optional<PartialDate> d = MetadataDate.parse(meta(doc, selector));
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (Element time : root.select("time[datetime]")) {
            Optional<PartialDate> d = MetadataDate.parse(time.attr("datetime"));
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (Element time : doc.select("time[datetime]")) {
            Optional<PartialDate> d = MetadataDate.parse(time.attr("datetime"));
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_DATE.matcher(script.data());
            if (m.find()) {
                Optional<PartialDate> d = MetadataDate.parse(m.group(1));
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return null;
    }

    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    flush(current, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    flush(current, out);
                }
            }
        });
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = collapse(current);
        if (!p.isEmpty()) {
            out.add(p);
        }
        current.setLength(0);
    }

    /** Runs of HTML whitespace to one space; a non-breaking space is kept as written. */
    private static String collapse(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? "" : e.attr("content").strip();
    }

    private static String first(String a, String b) {
        return !a.isBlank() ? a.strip() : b.strip();
    }
}
