package org.entente.analyze.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.analyze.actor.ActorRef;

/**
 * Whether a sentence names the holder of an office of some other country ("le président turc",
 * "la Première ministre indienne", "le chef de la diplomatie française"). When a side of the dyad
 * is missing from such a sentence, the event's counterpart is that third party, and borrowing the
 * missing side from earlier sentences would invent a China–Russia event.
 *
 * <p>An office phrase the dictionary recognised ("le ministre russe de la Défense") belongs to the
 * dyad and is skipped. Any other lower-case word right after an office title is taken for a
 * nationality, except the few words that commonly follow a title. Titles may
 * be capitalised ("le Premier ministre indien"); nationalities are written in lower case in French,
 * which keeps names ("le président Erdogan") out.
 */
final class ThirdParty {

    private static final Pattern TITLE_AND_ADJECTIVE = Pattern.compile(
        "(?:^|[\\s'])(?i:president|presidente|premier ministre|premiere ministre|ministre|chef de l'etat|chef du gouvernement"
            + "|chef de la diplomatie|chancelier|chanceliere|roi|reine|emir|prince heritier|secretaire d'etat"
            + "|ministre des affaires etrangeres|ministre de la defense|dirigeant|dirigeante|homologue)\\s+(\\p{Ll}[\\p{Ll}\\-]{2,})");
    /** "des responsables américains ont affirmé que ...": officials of a third country, only with a known nationality. */
    private static final Pattern OFFICIALS_AND_ADJECTIVE = Pattern.compile(
        "(?:^|[\\s'])(?i:responsables?|officiels|diplomates|services de renseignement|renseignement|dirigeants)\\s+(\\p{Ll}[\\p{Ll}\\-]{2,})");
    private static final Set<String> NOT_A_NATIONALITY = Set.of("des", "del", "aux", "par", "pour", "sortant", "sortante",
        "elu", "elue", "qui", "dont", "lui", "elle", "leur", "ses", "son", "sur", "avec", "avait", "etait", "sera", "est",
        "ont", "doit", "les", "une", "pendant", "lors", "apres", "avant", "depuis", "adjoint", "adjointe", "charge",
        "chargee", "delegue", "deleguee", "interimaire", "actuel", "actuelle", "ancien", "ancienne");

    /** Stems of nationalities that are neither side of the usual dyads ("son homologue ukrainien" is no counterpart). */
    static final String NATIONALITIES = "ukrainien|americain|turc|turque|indien|francais|allemand|britannique|japonais|coreen"
        + "|iranien|bresilien|africain|kazakh|ouzbek|bielorusse|mongol|vietnamien|pakistanais|israelien|palestinien|saoudien"
        + "|egyptien|serbe|hongrois|italien|espagnol|polonais|australien|canadien|mexicain|indonesien|emirati|qatari|syrien"
        + "|afghan|kirghize|tadjik|turkmene|azerbaidjanais|armenien|georgien|cubain|venezuelien|laotien|cambodgien"
        + "|thailandais|malaisien|philippin|singapourien|europeen|finlandais|suedois|norvegien|slovaque|tcheque|grec|nigerian"
        + "|algerien|marocain|tunisien|senegalais|kenyan|ethiopien|argentin|chilien|colombien|nicaraguayen|birman|nepalais"
        + "|guineen|malien|burkinabe|nigerien|ivoirien|congolais|camerounais|gabonais|tchadien|soudanais|libyen|mauritanien"
        + "|rwandais|ougandais|tanzanien|mozambicain|angolais|zimbabween|zambien|namibien|malgache|togolais|beninois|ghaneen"
        + "|erythreen|djiboutien|somalien|centrafricain|irakien|iraquien|jordanien|libanais|yemenite|omanais|koweitien"
        + "|moldave|roumain|bulgare|croate|slovene|bosnien|albanais|lituanien|letton|estonien|danois|neerlandais|belge|suisse"
        + "|autrichien|portugais|irlandais|peruvien|bolivien|uruguayen|equatorien|srilankais|bangladais|taiwanais|laotien|israelien";

    private static final Pattern FOREIGN = Pattern.compile("(?i)(?:nord-|sud-)?(?:" + NATIONALITIES + ")(?:ne|e|s|nes|es)?");

    /** "les ministres chinois et ukrainien des Affaires étrangères": the second nationality names the partner. */
    private static final Pattern FOREIGN_PAIR = Pattern.compile("(?i)(?:ministres|presidents|dirigeants|chefs|homologues)\\s+\\p{L}+\\s+et\\s+"
        + "(?:nord-|sud-)?(?:" + NATIONALITIES + ")(?:ne|e|s|nes|es)?(?![\\p{L}])");

    /** "le chef de la politique étrangère de l'UE", "le secrétaire général de l'Otan": an office of a third institution. */
    private static final Pattern INSTITUTION_OFFICE = Pattern.compile(
        "(?i)(?:chef|haut representant|haute representante|president|presidente|secretaire general|secretaire generale|porte-parole"
            + "|dirigeants?|responsables?)"
            + "\\s+(?:de\\s+la\\s+(?:politique\\s+etrangere|diplomatie)\\s+)?(?:de\\s+l'(?:UE|Union\\s+europeenne|Otan|OTAN|ONU)"
            + "|de\\s+la\\s+Commission\\s+europeenne|des\\s+Nations\\s+unies|du\\s+Conseil\\s+europeen)\\b");

    private ThirdParty() {
    }

    /**
     * @param folded the sentence without accents, case kept, as the extraction reads it
     * @param actors the dyad's actors found in it, with their offsets in that text
     */
    /** Whether the sentence names an office holder of a country known to be a third one ("le président américain"). */
    static boolean foreignOfficeIn(String folded) {
        if (!mayNameAnOffice(folded)) {
            // most sentences hold no title at all: a few substring checks spare the patterns (3% of the analysis)
            return false;
        }
        if (FOREIGN_PAIR.matcher(folded).find() || INSTITUTION_OFFICE.matcher(folded).find()) {
            return true;
        }
        for (Pattern title : List.of(TITLE_AND_ADJECTIVE, OFFICIALS_AND_ADJECTIVE)) {
            Matcher m = title.matcher(folded);
            while (m.find()) {
                if (FOREIGN.matcher(m.group(1)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a sentence's subject ends when it opens on a third country's office holder ("Le Premier ministre hongrois a
     * rencontré ..."), else -1.
     */
    static int foreignSubjectEnd(String folded) {
        Matcher m = TITLE_AND_ADJECTIVE.matcher(folded);
        m.region(0, Math.min(folded.length(), 60));
        if (m.find() && m.start() <= 4 && FOREIGN.matcher(m.group(1)).matches()) {
            return m.end();
        }
        return -1;
    }

    /** Where each third-country office holder named in the sentence ends ("... où le dirigeant hongrois"). */
    static List<Integer> foreignOfficeEnds(String folded) {
        if (!mayNameAnOffice(folded)) {
            return List.of();
        }
        List<Integer> ends = new java.util.ArrayList<>(1);
        Matcher m = TITLE_AND_ADJECTIVE.matcher(folded);
        while (m.find()) {
            if (FOREIGN.matcher(m.group(1)).matches()) {
                ends.add(m.end());
            }
        }
        return ends;
    }

    private static final String[] OFFICE_WORDS = {"president", "ministre", "chef", "chancel", "roi", "reine", "emir", "prince",
        "secretaire", "dirigeant", "homologue", "responsable", "officiels", "diplomates", "renseignement", "representant", "porte-parole"};

    private static boolean mayNameAnOffice(String folded) {
        String lower = folded.toLowerCase(java.util.Locale.ROOT);
        for (String word : OFFICE_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is a nationality of a third country ("ukrainien", "Ukrainien", "américaine"). */
    static boolean foreign(String word) {
        return FOREIGN.matcher(word).matches();
    }

    static boolean namedIn(String folded, List<ActorRef> actors) {
        Matcher m = TITLE_AND_ADJECTIVE.matcher(folded);
        while (m.find()) {
            int at = m.start(1);
            boolean dyads = actors.stream().anyMatch(a -> a.start() <= at && at < a.end());
            if (!dyads && !NOT_A_NATIONALITY.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }
}
