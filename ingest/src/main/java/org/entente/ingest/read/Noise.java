package org.entente.ingest.read;

import org.entente.ingest.MatchingText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps lines that are not article text out of the analysis: photo credits, share prompts, and at
 * the end of an article the site's source line, its tracking tags and a wire story's credits. The
 * rules look at the shape of a whole line (short, no sentence, credit words), never at single words
 * inside a sentence, so that a sentence quoting Reuters or mentioning a photo stays.
 */
public final class Noise {

    /** A line longer than this is prose, whatever it starts with. */
    private static final int MAX_NOISE_LINE = 200;

    /** Matched against lower-cased text. */
    private static final Pattern CREDIT_START = Pattern.compile(
            "[(\\[]?\\s{0,3}(?:photos?|cr[ée]dits?(?: photos?)?|credits?|images?|illustration|©|\\(c\\))(?:\\b|\\s|:|$)");

    /** Matched against lower-cased text. */
    private static final Pattern AGENCY = Pattern.compile(
            "\\b(?:afp|reuters|ap|getty|sputnik|epa|tass|xinhua|ria novosti|pool|anadolu|bloomberg|shutterstock"
                    + "|dpa|efe|ansa|kyodo|imaginechina|abaca|maxppp|sipa|kremlin\\.ru|ap photo|cctv)\\b");

    private static final Pattern BRACKETS = Pattern.compile("[()\\[\\]]");

    private static final List<String> SHARE_PROMPTS = List.of(
            "vous pouvez partager cette histoire", "vous pouvez partager cet article", "partagez cet article",
            "partager cet article", "partagez cette histoire", "partager sur ", "partager :", "partager:",
            "suivez-nous sur", "abonnez-vous", "inscrivez-vous", "lire aussi", "à lire aussi", "a lire aussi",
            "lire la suite", "voir aussi", "cliquez ici", "téléchargez notre application", "newsletter");

    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^(?:la\\s+)?sources?\\s*:\\s*(\\S.{0,150})$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words of a wire story's closing credits, "(Reportage X; version française Y, édité par Z)"; lower case. */
    private static final Pattern WIRE_CREDIT_WORDS = Pattern.compile(
            "reportage|version fran[çc]aise|[ée]dit[ée] par|r[ée]dig[ée] par|traduit par|avec la contribution"
                    + "|avec le concours|correspondants?");

    private static final Pattern TAG_TOKEN = Pattern.compile("^[\\p{L}\\p{N}]{1,20}(?:[-_][\\p{L}\\p{N}]{1,20}){1,6}$");
    private static final Pattern HASHTAGS = Pattern.compile("^#[\\p{L}\\p{N}_-]{1,40}(?:\\s+#[\\p{L}\\p{N}_-]{1,40}){0,20}$");
    private static final Pattern TAG_LIST = Pattern.compile(
            "^(?:tags|mots[- ]cl[ée]s|[ée]tiquettes|th[èe]mes)\\s*:.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Noise() {
    }

    /** Paragraphs without noise, and the source a trailing {@code La source: ...} line named. */
    public record Cleaned(List<String> paragraphs, String source) {
    }

    public static Cleaned clean(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            String p = paragraph.strip();
            if (!p.isEmpty() && (p.length() > MAX_NOISE_LINE || !isNoise(plain(p)))) {
                kept.add(p);
            }
        }
        String source = "";
        // Trailing furniture comes in any order (tags after the source, or the reverse).
        while (!kept.isEmpty()) {
            String last = kept.get(kept.size() - 1);
            String named = sourceOf(last);
            if (named != null) {
                if (source.isEmpty()) {
                    source = named;
                }
            } else if (!isTag(last) && !isWireCredits(last)) {
                break;
            }
            kept.remove(kept.size() - 1);
        }
        return new Cleaned(kept, source);
    }

    /** A photo credit, or a line that is nothing but a credit (agency, photographer, "via"). */
    public static boolean isCredit(String line) {
        return line.length() <= MAX_NOISE_LINE && isCreditPlain(plain(line));
    }

    /** Lower-cased once, so the patterns need no case-insensitive matching (several times slower). */
    private static String plain(String line) {
        return MatchingText.normalize(line).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isNoise(String plain) {
        return isCreditPlain(plain) || isSharePromptPlain(plain);
    }

    private static boolean isCreditPlain(String plain) {
        if (plain.isEmpty()) {
            return false;
        }
        if (CREDIT_START.matcher(plain).lookingAt()) {
            return hasCreditMark(plain) || AGENCY.matcher(plain).find() || words(plain) <= 4;
        }
        // A credit line names, it does not say: no sentence end, no colon, no figures.
        if (endsSentence(plain) || words(plain) > 12 || plain.indexOf(':') >= 0
                || plain.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        Matcher agency = AGENCY.matcher(plain);
        if (!agency.find()) {
            return false;
        }
        // "AFP", "Reuters/Maxim Shemetov", "Sputnik/Kremlin via Reuters", "© AFP"
        return hasCreditMark(plain)
                || agency.group().length() >= BRACKETS.matcher(plain).replaceAll("").strip().length();
    }

    private static boolean hasCreditMark(String plain) {
        return plain.indexOf('©') >= 0 || plain.indexOf('/') >= 0 || plain.contains(" via ");
    }

    public static boolean isSharePrompt(String line) {
        return line.length() <= MAX_NOISE_LINE && isSharePromptPlain(plain(line));
    }

    private static boolean isSharePromptPlain(String plain) {
        for (String prompt : SHARE_PROMPTS) {
            if (plain.startsWith(prompt)) {
                return true;
            }
        }
        return false;
    }

    /** The site named by a {@code La source: www.rt.com} line, or null when the line is not one. */
    public static String sourceOf(String line) {
        if (line.length() > MAX_NOISE_LINE) {
            return null;
        }
        Matcher m = SOURCE_LINE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String value = m.group(1).strip();
        return endsSentence(value) && value.indexOf(' ') >= 0 ? null : value;
    }

    /** The bracketed reporting and editing credits a wire story ends with. */
    public static boolean isWireCredits(String line) {
        String s = line.strip();
        if (s.length() > 400 || !s.startsWith("(") || !(s.endsWith(")") || s.endsWith(")."))) {
            return false;
        }
        // One bracketed block, not a sentence that merely opens with a bracket.
        String inside = s.substring(1, s.lastIndexOf(')'));
        return inside.indexOf('(') < 0 && inside.indexOf(')') < 0
                && WIRE_CREDIT_WORDS.matcher(inside.toLowerCase(Locale.ROOT)).find();
    }

    /** A tracking tag or keyword list: {@code ttn-fr-56}, {@code #chine #russie}, {@code Tags : ...}. */
    public static boolean isTag(String line) {
        String s = line.strip();
        if (s.length() > MAX_NOISE_LINE) {
            return false;
        }
        if (HASHTAGS.matcher(s).matches() || TAG_LIST.matcher(s).matches()) {
            return true;
        }
        if (!TAG_TOKEN.matcher(s).matches()) {
            return false;
        }
        // A hyphenated place name alone on a line (Saint-Pétersbourg) is capitalised and has no digit.
        boolean hasDigit = s.chars().anyMatch(Character::isDigit);
        return hasDigit || s.equals(s.toLowerCase(Locale.ROOT));
    }

    private static boolean endsSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '»' || last == '"' || last == '…';
    }

    private static int words(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
