package org.entente.ingest.read;

import org.entente.ingest.PartialDate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Articles as JSON objects with the fields {@code id, date, title, text, url, source}: one object in
 * a .json file (an array of them is read element by element), one object per line in a .jsonl file.
 * A record without text is rejected on its own; its neighbours are still read.
 */
public final class JsonFormat {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonFormat() {
    }

    public static ReadResult readJson(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            return ReadResult.failed(invalid(e, true));
        }
        if (root == null || root.isMissingNode()) {
            return ReadResult.failed("only whitespace, no text");
        }
        if (root.isArray()) {
            if (root.isEmpty()) {
                return ReadResult.failed("no article: the JSON array is empty");
            }
            List<ReadResult.Entry> entries = new ArrayList<>(root.size());
            for (int i = 0; i < root.size(); i++) {
                entries.add(entry(root.get(i), String.valueOf(i + 1), "element " + (i + 1) + ": "));
            }
            return new ReadResult(entries);
        }
        return new ReadResult(List.of(entry(root, "", "")));
    }

    public static ReadResult readJsonLines(String text) {
        List<String> lines = TextLines.split(text);
        List<ReadResult.Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String number = String.valueOf(i + 1);
            try {
                entries.add(entry(MAPPER.readTree(line), number, "line " + number + ": "));
            } catch (JacksonException e) {
                entries.add(ReadResult.Entry.failed(number, "", "line " + number + ": " + invalid(e, false)));
            }
        }
        return entries.isEmpty() ? ReadResult.failed("only whitespace, no text") : new ReadResult(entries);
    }

    private static ReadResult.Entry entry(JsonNode node, String suffix, String where) {
        if (node == null || !node.isObject()) {
            String kind = node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            return ReadResult.Entry.failed(suffix, "",
                    where + "not an article: expected a JSON object with a \"text\" field, found " + kind);
        }
        String body = string(node, "text");
        if (body.isBlank()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            return ReadResult.Entry.failed(suffix, string(node, "id"), where + (node.has("text")
                    ? "no article text: the \"text\" field is empty"
                    : "no article text: no \"text\" field (fields present: " + String.join(", ", names) + ")"));
        }
        PartialDate date = MetadataDate.parse(string(node, "date")).orElse(null);
        List<String> paragraphs = HtmlFormat.looksLikeHtml(body)
                ? HtmlFormat.fragmentParagraphs(body)
                : TextLines.paragraphs(TextLines.split(body));
        ArticleDraft draft = new ArticleDraft(string(node, "id"), string(node, "title"), paragraphs, date,
                string(node, "source"), string(node, "url"));
        return ReadResult.Entry.of(suffix, draft);
    }

    /** A field as text: strings as they are, numbers (an id, a year) in their plain form. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return "";
        }
        return value.asString();
    }

    /** @param withLine false for a .jsonl line, whose line number is already in the message */
    private static String invalid(JacksonException e, boolean withLine) {
        var at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? ""
                : withLine ? " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                : " at column " + at.getColumnNr();
        String message = e.getOriginalMessage();
        int cut = message == null ? -1 : message.indexOf('\n');
        return "not valid JSON" + where + ": " + (cut >= 0 ? message.substring(0, cut) : message);
    }
}
