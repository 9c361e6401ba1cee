package org.entente.bench;

import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Sentences that report (or seem to report) a Chinese–Russian event, each with the event the
 * analysis should find in it, or none for the distractors: negations, third parties, one side
 * alone. The wording varies in verb, word order, naming of the persons and dating, so that the
 * benchmark exercises every branch of the analysis rather than one hot path.
 */
final class EventSentences {

    /** What one sentence is: its text, and the event it reports (null for a distractor). */
    record Built(String text, ExpectedEvent event, String key) {
    }

    enum Kind { CONTACT, MEETING, SHARED_POSITION, PLANNED, NEGATED, THIRD_PARTY }

    private static final String[] CONTACTS = {
        "{W}{A} et {B} se sont entretenus{w} par téléphone, selon un communiqué publié à l'issue de l'échange",
        "{W}{A} a eu{w} une conversation téléphonique avec {B}, a fait savoir son service de presse",
        "{W}{B} s'est entretenu{w} par visioconférence avec {A} au sujet des échanges commerciaux",
        "{W}{A} a adressé{w} un message de félicitations à {B} à l'occasion de la fête nationale",
        "{W}lors d'un appel vidéo{w}, {A} et {B} ont passé en revue les grands dossiers de la coopération bilatérale",
        "{W}{B} a appelé{w} {A} au téléphone pour évoquer la situation au Proche-Orient"};
    private static final String[] MEETINGS = {
        "{W}{A} a rencontré{w} {B} à {city}",
        "{W}{B} a reçu{w} {A} à {city} pour des pourparlers consacrés à la sécurité régionale",
        "{W}{A} s'est rendu{w} à Moscou, où il a rencontré {B}",
        "{W}en marge du sommet de l'Organisation de coopération de Shanghai, {A} et {B} ont tenu{w} des pourparlers bilatéraux",
        "{W}{A} a accueilli{w} {B} à Pékin pour une visite officielle de deux jours",
        "{W}{A} et {B} se sont entretenus{w} à {city} lors d'une rencontre de près de trois heures"};
    private static final String[] JOINT = {
        "{W}{A} et {B} ont réaffirmé{w} leur confiance mutuelle et leur volonté de renforcer la coordination stratégique",
        "{W}dans une déclaration commune publiée{w}, la Chine et la Russie se sont engagées à approfondir leur partenariat",
        "{W}{A} et {B} ont affiché{w} un front uni face aux sanctions occidentales",
        "{W}{A} et {B} ont déclaré{w} que Pékin et Moscou partageaient le même point de vue sur la sécurité régionale"};
    private static final String[] A_TO_B = {
        "{W}{A} a assuré{w} que la Chine soutiendrait fermement la Russie dans la défense de sa souveraineté",
        "{W}« la Chine est disposée à travailler avec la Russie pour approfondir la coopération », a déclaré{w} {A}",
        "{W}{A} a affirmé{w} que Pékin soutenait les efforts de Moscou pour préserver sa stabilité"};
    private static final String[] B_TO_A = {
        "{W}{B} a réaffirmé{w} que la Russie soutenait le principe d'une seule Chine",
        "{W}{B} a souligné{w} que Moscou s'opposait à toute ingérence étrangère dans les affaires intérieures de la Chine",
        "{W}« la Russie se tient aux côtés de la Chine sur la question de Taïwan », a déclaré{w} {B}"};
    private static final String[] CITIES = {"Pékin", "Moscou", "Saint-Pétersbourg", "Astana", "Kazan", "Vladivostok"};

    private EventSentences() {
    }

    /**
     * @param occasion the month of the contact or meeting reported just before in the article, or
     *                 null: a position stated right after it is tied to that occasion and dated by it
     */
    static Built build(Kind kind, SplittableRandom random, String article, YearMonth month, Official[] pair,
                       YearMonth occasion) {
        Official a = pair[0];
        Official b = pair[1];
        return switch (kind) {
            case CONTACT -> occurred(random, article, month, a, b, "contact", FillerSentences.pick(random, CONTACTS));
            case MEETING -> occurred(random, article, month, a, b, "meeting", FillerSentences.pick(random, MEETINGS));
            case SHARED_POSITION -> sharedPosition(random, article, month, a, b, occasion);
            case PLANNED -> planned(random, article, month, a, b);
            case NEGATED -> new Built(names(negated(random), random, a, b), null, null);
            case THIRD_PARTY -> new Built(names(thirdParty(random), random, a, b), null, null);
        };
    }

    private static Built occurred(SplittableRandom random, String article, YearMonth month, Official a, Official b,
                                  String type, String template) {
        FrenchCalendar.When when = FrenchCalendar.occurred(random, month);
        String text = fill(template, when, random, a, b);
        ExpectedEvent event = new ExpectedEvent(article, type, "occurred", when.month(), a.canonical(), b.canonical(), "");
        return new Built(text, event, type + "|occurred|" + a.canonical() + "|" + b.canonical());
    }

    private static Built sharedPosition(SplittableRandom random, String article, YearMonth month, Official a, Official b,
                                        YearMonth occasion) {
        int pick = random.nextInt(3);
        String direction = pick == 0 ? "joint" : pick == 1 ? "a_to_b" : "b_to_a";
        String[] templates = pick == 0 ? JOINT : pick == 1 ? A_TO_B : B_TO_A;
        // Right after a contact or meeting, a position is read as stated there (codebook: occasion) and
        // takes its date; a day of its own would contradict it. Otherwise the article or a weekday dates it.
        FrenchCalendar.When when = occasion != null ? new FrenchCalendar.When("", "", occasion)
            : random.nextBoolean() ? new FrenchCalendar.When(" " + FrenchCalendar.weekday(random), "", month)
            : new FrenchCalendar.When("", "", month);
        String text = fill(FillerSentences.pick(random, templates), when, random, a, b);
        ExpectedEvent event = new ExpectedEvent(article, "shared_position", "occurred", when.month(), "", "", direction);
        return new Built(text, event, "shared_position|" + direction);
    }

    private static Built planned(SplittableRandom random, String article, YearMonth month, Official a, Official b) {
        YearMonth later = month.plusMonths(1 + random.nextInt(2));
        String name = FrenchCalendar.monthName(later);
        String type = "meeting";
        YearMonth when = later;
        String template = switch (random.nextInt(4)) {
            case 0 -> "{A} se rendra à Moscou en " + name + " pour y rencontrer {B}, a annoncé son ministère";
            case 1 -> "{B} a accepté l'invitation de {A} à se rendre en Chine en " + name;
            case 2 -> "{A} et {B} prévoient de se retrouver à Pékin en " + name;
            default -> {
                type = "contact";
                when = month;
                yield "{A} et {B} doivent s'entretenir par téléphone dans les prochains jours, selon une source diplomatique";
            }
        };
        String text = names(template, random, a, b);
        ExpectedEvent event = new ExpectedEvent(article, type, "planned", when, a.canonical(), b.canonical(), "");
        return new Built(text, event, type + "|planned|" + a.canonical() + "|" + b.canonical());
    }

    private static String negated(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> "{A} n'a pas rencontré {B} lors de cette tournée, a précisé un porte-parole";
            case 1 -> "{A} et {B} ne prévoient pas de se parler avant la fin de l'année";
            default -> "contrairement à certaines rumeurs, {A} ne s'est pas entretenu avec {B} cette semaine";
        };
    }

    private static String thirdParty(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> "le secrétaire d'État américain a averti que la Chine envisageait de fournir des armes à la Russie";
            case 1 -> "le président français s'est entretenu " + FrenchCalendar.weekday(random) + " par téléphone avec {A}";
            case 2 -> "{B} a reçu " + FrenchCalendar.weekday(random) + " le président turc pour évoquer la situation en mer Noire";
            default -> "selon un responsable de l'OTAN, Pékin et Moscou pourraient organiser des exercices navals conjoints";
        };
    }

    private static String fill(String template, FrenchCalendar.When when, SplittableRandom random, Official a, Official b) {
        return names(template.replace("{W}", when.front()).replace("{w}", when.inline()), random, a, b);
    }

    private static String names(String template, SplittableRandom random, Official a, Official b) {
        String text = template.replace("{W}", "").replace("{w}", "")
            .replace("{A}", FillerSentences.pick(random, a.forms()))
            .replace("{B}", FillerSentences.pick(random, b.forms()))
            .replace("{city}", FillerSentences.pick(random, CITIES));
        return Sentences.capitalize(Sentences.contract(text)) + ".";
    }
}
