package org.entente.ingest.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.entente.ingest.PartialDate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read with Rome: one article per item, with its title, link,
 * date ({@code pubDate}, {@code published}, else {@code updated}) and its fullest text
 * ({@code content:encoded} or Atom {@code content} before {@code description} or {@code summary}),
 * HTML inside reduced to paragraphs as for a web page. The XML is parsed by {@link SafeXml} first.
 *
 * <p>A feed that does not parse as a whole is read item by item, so that one broken item (or a file cut
 * off in the middle of its last item) loses only that item.
 */
public final class FeedFormat {

    private static final Pattern ITEM_START = Pattern.compile("<(?:[A-Za-z][\\w.-]{0,20}:)?(item|entry)(?=[\\s>/])");
    private static final Pattern ROOT = Pattern.compile("<((?:[A-Za-z][\\w.-]{0,20}:)?(?:rss|RDF|feed))(?=[\\s>])");
    private static final Pattern RFC_822 = Pattern.compile(
            "^(?:[A-Za-z]{3},?\\s{1,3})?(\\d{1,2})\\s{1,3}([A-Za-z]{3})[a-z]{0,6}\\s{1,3}(\\d{2}|\\d{4})(?:\\s.*)?$");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Pattern SOME_MARKUP = Pattern.compile("<(?:p|div|br|a|img|b|i|em|strong|span|ul|ol|li|h[1-6]|figure)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    private FeedFormat() {
    }

    public static ReadResult read(String xml) {
        Document dom;
        try {
            dom = SafeXml.parse(xml);
        } catch (SafeXml.Refused whole) {
            if (whole.getMessage().startsWith("it declares a DOCTYPE")) {
                return ReadResult.failed("not read: " + whole.getMessage());
            }
            return itemByItem(xml, whole.getMessage());
        }
        try {
            return new ReadResult(entries(dom, 0));
        } catch (FeedException | IllegalArgumentException e) {
            return ReadResult.failed(notAFeed(dom, e));
        }
    }

    private static List<ReadResult.Entry> entries(Document dom, int firstPosition) throws FeedException {
        SyndFeed feed = new SyndFeedInput().build(dom);
        List<SyndEntry> items = feed.getEntries();
        List<Element> raw = itemElements(dom);
        String outlet = feed.getTitle() == null ? "" : feed.getTitle().strip();
        List<ReadResult.Entry> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            int position = firstPosition + i + 1;
            out.add(entry(items.get(i), raw.size() == items.size() ? raw.get(i) : null, position, outlet));
        }
        if (out.isEmpty()) {
            out.add(ReadResult.Entry.failed("", "", "no article: the feed has no item"));
        }
        return out;
    }

    private static ReadResult.Entry entry(SyndEntry item, Element raw, int position, String outlet) {
        String suffix = String.valueOf(position);
        String where = "item " + position + ": ";
        String body = fullest(item);
        String title = item.getTitle() == null ? "" : item.getTitle().strip();
        if (body.isBlank()) {
            return ReadResult.Entry.failed(suffix, "", where + "no article text (no content, description or summary)"
                    + (title.isEmpty() ? "" : ", only the title \"" + title + "\""));
        }
        List<String> paragraphs = HtmlFormat.looksLikeHtml(body) || SOME_MARKUP.matcher(body).find()
                ? HtmlFormat.fragmentParagraphs(body)
                : TextLines.paragraphs(TextLines.split(body));
        if (SOME_MARKUP.matcher(title).find()) {
            title = String.join(" ", HtmlFormat.fragmentParagraphs(title));
        }
        String rawDate = raw == null ? "" : rawDate(raw);
        PartialDate date = null;
        String note = "";
        if (!rawDate.isEmpty()) {
            date = parseDate(rawDate).orElse(null);
            if (date == null) {
                note = where + "the date '" + rawDate + "' is not a date; kept undated";
            }
        } else if (raw == null && (item.getPublishedDate() != null || item.getUpdatedDate() != null)) {
            // the items could not be matched to the XML: Rome's instant, on the UTC calendar
            java.util.Date d = item.getPublishedDate() != null ? item.getPublishedDate() : item.getUpdatedDate();
            date = PartialDate.ofDay(d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        }
        String link = item.getLink() == null ? "" : item.getLink().strip();
        String author = item.getAuthor() == null ? "" : item.getAuthor().strip();
        return ReadResult.Entry.of(suffix, new ArticleDraft("", title, paragraphs, date, outlet, link, author, note));
    }

    /** The longest of the item's contents ({@code content:encoded}, Atom content) and its description. */
    private static String fullest(SyndEntry item) {
        String best = "";
        for (SyndContent c : item.getContents()) {
            if (c.getValue() != null && c.getValue().strip().length() > best.length()) {
                best = c.getValue().strip();
            }
        }
        SyndContent description = item.getDescription();
        if (best.isEmpty() && description != null && description.getValue() != null) {
            best = description.getValue().strip();
        }
        return best;
    }

    /** The item's date as the feed writes it, so that the publisher's own day is kept whatever the offset. */
    private static String rawDate(Element item) {
        for (String name : new String[]{"pubDate", "published", "date", "updated", "issued", "modified"}) {
            NodeList children = item.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node n = children.item(i);
                if (n instanceof Element e && name.equals(e.getLocalName()) && !e.getTextContent().isBlank()) {
                    return e.getTextContent().strip();
                }
            }
        }
        return "";
    }

    /** ISO dates (Atom, Dublin Core) or RFC 822 ({@code Tue, 02 Sep 2025 08:30:00 +0200}), day as written. */
    static Optional<PartialDate> parseDate(String raw) {
        Optional<PartialDate> iso = MetadataDate.parse(raw);
        if (iso.isPresent()) {
            return iso;
        }
        Matcher m = RFC_822.matcher(raw.length() > 60 ? "" : raw);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        int year = Integer.parseInt(m.group(3));
        if (month == 0) {
            return Optional.empty();
        }
        return MetadataDate.parse(String.format(Locale.ROOT, "%04d-%02d-%02d",
                year < 100 ? 2000 + year : year, month, Integer.parseInt(m.group(1))));
    }

    private static List<Element> itemElements(Document dom) {
        String local = "feed".equals(dom.getDocumentElement().getLocalName()) ? "entry" : "item";
        NodeList list = dom.getElementsByTagNameNS("*", local);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /**
     * The feed did not parse as a whole: its opening (up to the first item) is joined to each item in
     * turn and closed, so that every well-formed item is still read and each broken one is rejected alone.
     */
    private static ReadResult itemByItem(String xml, String wholeFault) {
        Matcher start = ITEM_START.matcher(xml);
        List<Integer> starts = new ArrayList<>();
        String tag = null;
        while (start.find()) {
            if (tag == null) {
                tag = start.group(1);
            }
            if (start.group(1).equals(tag)) {
                starts.add(start.start());
            }
        }
        Matcher root = ROOT.matcher(xml);
        if (starts.isEmpty() || !root.find() || root.start() > starts.get(0)) {
            return ReadResult.failed("not a readable feed: " + wholeFault);
        }
        String rootName = root.group(1);
        String head = xml.substring(0, starts.get(0));
        String close = (rootName.endsWith("rss") ? "</channel>" : "") + "</" + rootName + ">";
        Pattern end = Pattern.compile("</(?:[A-Za-z][\\w.-]{0,20}:)?" + tag + "\\s*>");
        List<ReadResult.Entry> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int limit = i + 1 < starts.size() ? starts.get(i + 1) : xml.length();
            Matcher m = end.matcher(xml).region(starts.get(i), limit);
            String where = "item " + (i + 1) + ": ";
            if (!m.find()) {
                out.add(ReadResult.Entry.failed(String.valueOf(i + 1), "", where + (i + 1 == starts.size()
                        ? "the file ends inside it (no closing </" + tag + ">), so its text is incomplete"
                        : "not closed before the next " + tag + " (" + wholeFault + ")")));
                continue;
            }
            String one = head + xml.substring(starts.get(i), m.end()) + close;
            try {
                List<ReadResult.Entry> parsed = entries(SafeXml.parse(one), i);
                out.add(parsed.get(0));
            } catch (SafeXml.Refused e) {
                out.add(ReadResult.Entry.failed(String.valueOf(i + 1), "", where + "not well-formed XML (" + e.getMessage() + ")"));
            } catch (FeedException | IllegalArgumentException e) {
                out.add(ReadResult.Entry.failed(String.valueOf(i + 1), "", where + "not readable as a feed item (" + e.getMessage() + ")"));
            }
        }
        return new ReadResult(out);
    }

    private static String notAFeed(Document dom, Exception e) {
        return "not a feed: no RSS or Atom in this XML (its root element is <" + dom.getDocumentElement().getNodeName()
                + ">)";
    }
}
