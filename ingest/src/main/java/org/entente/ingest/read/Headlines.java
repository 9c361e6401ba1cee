package org.entente.ingest.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.entente.ingest.MatchingText;

/**
 * Which opening line of a saved web page is its headline. Real pages often open with a photo caption,
 * a byline, an advertising marker, a section name or the page's address; none of those is the title a
 * reader would give the article. The first of the opening lines that is none of them is the headline;
 * when every one is, the first line stays the title, as before.
 */
final class Headlines {

    private static final int LOOK_AT = 6;
    private static final int MAX_HEADLINE = 300;
    private static final Pattern ADDRESS = Pattern.compile("^(?:https?://|www\\.)\\S+$");
    private static final Pattern BYLINE = Pattern.compile(
        "^(?:par|by|publi[ée]e?\\s+le|publi[ée]e?\\s|mis\\s+[àa]\\s+jour|mise\\s+[àa]\\s+jour|modifi[ée]\\s+le|le\\s+\\d{1,2}[/.]\\d{1,2}"
            + "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|lecture\\s*:|temps\\s+de\\s+lecture|\\d+\\s*min(?:utes?)?\\s+de\\s+lecture)(?:\\s|$)");
    private static final Pattern MARKER = Pattern.compile(
        "^(?:publicit[ée]|advertisement|annonce|contenu\\s+sponsoris[ée]|sponsoris[ée]|partenariat|lire\\s+aussi|[àa]\\s+lire\\s+aussi"
            + "|voir\\s+aussi|abonnez-vous.*|en\\s+direct|direct|vid[ée]o|photo|diaporama|exclusif|[ée]dition\\s+abonn[ée]s?|accueil"
            + "|actualit[ée]s?|international|monde|politique|[ée]conomie|europe|asie|analyse|opinion|d[ée]cryptage)\\s*:?$");
    /** "Xi Jinping et Vladimir Poutine à Pékin, le 4 février 2022. (AFP)": a caption ends on its credit. */
    private static final Pattern CAPTION = Pattern.compile(
        "(?:\\((?:photo\\s*:?\\s*)?[^()]{0,40}(?:afp|reuters|ap|epa|xinhua|sputnik|tass|ria|getty|kremlin|pool|anadolu)[^()]{0,40}\\)"
            + "|©.{0,60}|(?:photo|cr[ée]dit)\\s*:.{0,80})\\s*\\.?$");

    private Headlines() {
    }

    /** The headline among the first paragraphs; the first paragraph when none qualifies. */
    static String choose(List<String> paragraphs) {
        for (int i = 0; i < Math.min(LOOK_AT, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (isHeadline(p)) {
                return p;
            }
        }
        return paragraphs.get(0);
    }

    static boolean isHeadline(String line) {
        String plain = MatchingText.normalize(line).strip().toLowerCase(Locale.ROOT);
        if (plain.isEmpty() || plain.length() > MAX_HEADLINE || Noise.isCredit(line)) {
            return false;
        }
        if (ADDRESS.matcher(plain).matches() || BYLINE.matcher(plain).lookingAt() || MARKER.matcher(plain).matches()
            || CAPTION.matcher(plain).find()) {
            return false;
        }
        // a lone label ("Monde", "Chine-Russie") is too short to say what happened
        return plain.split("\\s+").length >= 2;
    }

    /** A header line's rest that is the page's address rather than a headline. */
    static boolean isAddress(String line) {
        return ADDRESS.matcher(line.strip()).matches();
    }
}
