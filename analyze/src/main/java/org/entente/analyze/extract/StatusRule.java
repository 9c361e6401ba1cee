package org.entente.analyze.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.analyze.EventStatus;
import org.entente.analyze.lexicon.Cue;
import org.entente.analyze.lexicon.CueKind;

/**
 * Whether a trigger reports something that happened, something announced, or nothing to count
 * (negated, refused, hypothetical, generic, a question). Windows are read inside the trigger's
 * clause, so a marker in another clause ({@code Xi, qui doit se rendre à Moscou, a rencontré...})
 * does not leak.
 */
final class StatusRule {

    /** "Il est prévu que les deux présidents signent une déclaration": the whole clause is announced. */
    private static final Pattern PLANNED_FRAME = Pattern.compile("(?i)(?:^|\\s)(?:il\\s+est|c'est|il\\s+etait)\\s+prevu\\s+(?:que|qu'|de|d')");
    private static final Pattern NE = Pattern.compile("(?i)(?<![\\p{L}])n(?:e(?![\\p{L}])|'\\s*)");
    private static final Pattern PROJECT_OF = Pattern.compile("(?i)(?:^|\\s)(?:aucun|aucune|sans)\\s+(?:projet|plan|date|idee)\\s+(?:de|d')\\s*$");
    private static final Pattern AHEAD_OF = Pattern.compile(
        "(?i)(?:\\bavant|\\ba l'approche d[eu']|\\ba (?:quelques|deux|trois|quatre) (?:jours|semaines|mois) d[eu'])\\s*(?:la|le|l'|une|un|sa|son|leur)?\\s*(?:\\p{L}+\\s+)?$");
    /** "ces manoeuvres interviennent ...", "les exercices ont lieu ...": the news is told in the present, before the visit. */
    private static final Pattern PRESENT_FRAME = Pattern.compile(
        "(?i)\\b(?:intervien(?:t|nent)|a lieu|ont lieu|se tien(?:t|nent)|se deroul(?:e|ent)|survien(?:t|nent)|arrive(?:nt)?)\\b");
    private static final Pattern SCHEDULED_AFTER_COMMA = Pattern.compile(
        "(?i)[^.;]{0,40}?,\\s*(?:prevue?s?|programmee?s?|attendue?s?)\\b");
    private static final Pattern NO_NOUN = Pattern.compile("(?i)(?:^|[\\s:,])pas\\s+(?:de\\s+|d')$");
    private static final Pattern ALONE_NEGATORS = Pattern.compile("(?i)aucun|aucune|sans");
    private static final Pattern FUTURE_VERB = Pattern.compile(
        "(?<![\\p{L}])(?!(?:front|affront|opéra|caméra|choléra|extra|ultra|mantra|cobra|Ankara|Samara)(?![\\p{L}]))"
            + "\\p{L}{2,}(?:ra|ront)(?![\\p{L}'])");
    private static final Pattern POSSIBLE_AFTER = Pattern.compile(
        "(?i)^[^,;:.]*?(?:n'est\\s+pas\\s+exclue?s?|n'est\\s+pas\\s+a\\s+exclure|(?:est|reste|serait)\\s+possibles?|reste\\s+incertaine?s?|est\\s+envisagee?s?)(?![\\p{L}])");
    private static final Pattern UNCERTAIN = Pattern.compile(
        "(?i)(?<![\\p{L}])(?:(?:pas|guere|loin d'etre)\\s+(?:certain|sur|clair|acquis|confirme)e?s?\\s+(?:que|qu'|si)|incertaine?s?\\s+(?:que|qu'|si)"
            + "|on\\s+ignore\\s+(?:si|encore)|reste\\s+a\\s+savoir\\s+si|rien\\s+n'indique)");
    private static final Pattern DECLARATION = Pattern.compile("(?i)declaration|cosign|sign");
    private static final Pattern SCHEDULED = Pattern.compile("(?i)^(?:(?:est|sont|ete)\\s+)?(?:programm|prevu)");
    private static final Pattern EXPECTED = Pattern.compile("(?i)attendu");
    /** A compound past: "a étendu", "ont signé", "avait reçu". */
    private static final Pattern PAST_VERB = Pattern.compile(
        "(?i)(?:^|[\\s'])(?:a|ont|avait|avaient)\\s+(?:[\\p{L}\\-]+\\s+)?\\p{L}+(?:é|és|ée|ées|u|us|ue|ues|i|is|it)(?![\\p{L}])");
    private static final Pattern PLANNING_VERB = Pattern.compile(
        "(?<![\\p{L}])(?:doit|doivent|devra|devront|devrait|devraient|va|vont|prevoit|prevoient)(?![\\p{L}])");
    private static final Pattern INVITED_TO = Pattern.compile("(?i)(?<![\\p{L}])(?:invit|convi)\\p{L}*\\s+[^,;:.]{0,60}?(?:\\s|')(?:a|de|d')\\s*$");
    private static final Pattern EVENT_NOUN = Pattern.compile(
        "(?i)(?:rencontre|reunion|entretien|sommet|visite|discussion|pourparler|consultation|voyage|deplacement|entrevue)s?\\b");
    private static final Pattern EVENT_FUTURE = Pattern.compile(
        "(?<![\\p{L}])(?:sera|seront|aura\\s+lieu|auront\\s+lieu|se\\s+tiendra|se\\s+tiendront|se\\s+deroulera|se\\s+derouleront)(?![\\p{L}])");
    private static final Pattern FUTURE_RELATIVE = Pattern.compile(
        "(?<![\\p{L}])qui\\s+(?:se\\s+|s')?(?:sera|seront|aura|auront|tiendra|tiendront|doit|doivent|devrait|devraient)(?![\\p{L}])");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\p{L}{2,}(?:ra|ront|rai|rons|rez|ras)$");
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\p{L}{2,}(?:rait|raient|rais)$");
    private static final Pattern PAST_AUXILIARY = Pattern.compile(
        "(?i)(?:^|[\\s'])(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|été)\\s+(?:[\\p{L}\\-]+\\s+){0,2}$");
    /** Read on the text with its accents: "rencontré" is a participle, "rencontre" and "rendre" are not. */
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)\\p{L}+(?:é|és|ée|ées|u|us|ue|ues|i|is|it)$");
    /** Infinitives of the event verbs ("rencontrer", "s'entretenir", "se rendre"), not the noun "rencontre". */
    private static final Pattern INFINITIVE = Pattern.compile("(?i)\\p{L}+(?:er|ir|endre|ettre|oir)$");
    private static final java.util.Set<CueKind> EVENT_KINDS = java.util.EnumSet.of(CueKind.CONTACT, CueKind.MEETING, CueKind.VISIT);
    /** An event noun as the setting of another event: "lors de cette tournée", "au cours d'une visite". */
    private static final Pattern ADJUNCT = Pattern.compile(
        "(?i)(?:lors|au cours|pendant|durant|a l'occasion)\\s+(?:de |d'|du |des )\\s*(?:\\p{L}+\\s+)?$");
    private static final Pattern PAST_OR_TODAY_AFTER = Pattern.compile(
        "(?i)\\s*(?:d'|de\\s+)?(?:il\\s+y\\s+a\\s+(?:\\d+|quelques|deux|trois|quatre|cinq|six|dix|plusieurs)\\s+(?:jours|semaines|mois|ans)"
            + "|aujourd'hui|de\\s+ce\\s+jour)\\b");
    private static final int PLANNED_WINDOW = 10;
    private static final int NEGATION_WINDOW = 6;

    private StatusRule() {
    }

    /** For a contact or meeting trigger: occurred, planned, or empty when it is not to be counted. */
    static Optional<EventStatus> ofEvent(SentenceReading r, Cue trigger) {
        if (dropped(r, trigger)) {
            return Optional.empty();
        }
        String folded = r.folded();
        String normalized = r.sentence().normalized();
        String lastWord = lastWord(normalized.substring(trigger.start(), trigger.end()));
        if (EXPECTED.matcher(trigger.text()).find()) {
            // "Lavrov est attendu à Pékin": expected, not yet there
            return Optional.of(EventStatus.PLANNED);
        }
        String before = folded.substring(Math.max(0, trigger.start() - 80), trigger.start());
        if ((before.contains("invit") || before.contains("convi")) && INVITED_TO.matcher(before).find()) {
            // "a invité son homologue chinois Qin Gang à visiter la Russie": what one is invited to do is ahead
            return Optional.of(EventStatus.PLANNED);
        }
        int clause = r.segments().clauseStart(trigger.start());
        boolean reported = r.segments().isReported(r.segments().segmentAt(trigger.start()));
        if (FUTURE.matcher(lastWord).matches() && partOfAVisitUnderWay(folded, trigger.start())) {
            // "Lavrov est arrivé mercredi en Chine, un voyage au cours duquel il rencontrera Wang Yi": the talks belong to the
            // visit already begun, one event with it (codebook: a visit and the talks held during it are one)
            return Optional.of(EventStatus.OCCURRED);
        }
        if (EVENT_NOUN.matcher(trigger.text()).lookingAt()
            && PAST_OR_TODAY_AFTER.matcher(folded).region(trigger.end(), Math.min(folded.length(), trigger.end() + 40)).lookingAt()) {
            // "la visite il y a quelques jours du président chinois", "notre entretien aujourd'hui donnera un élan": the noun
            // is dated in the past or today, whatever future follows
            return Optional.of(EventStatus.OCCURRED);
        }
        if (CONDITIONAL.matcher(lastWord).matches()) {
            // "a déclaré que Xi se rendrait à Moscou" announces; a bare conditional only imagines
            return reported ? Optional.of(EventStatus.PLANNED) : Optional.empty();
        }
        if (FUTURE.matcher(lastWord).matches()) {
            return Optional.of(EventStatus.PLANNED);
        }
        if (INFINITIVE.matcher(lastWord).matches()) {
            // An infinitive has no tense of its own: "se rendra à Moscou pour y rencontrer" is as
            // planned as the visit, "s'est rendu à Moscou pour y rencontrer" as done.
            Optional<Cue> governing = governingEvent(r, trigger);
            if (governing.isPresent()) {
                // "lors de cet appel, Xi a invité Poutine à se rendre en Chine": an invitation between the call
                // and the visit makes the visit planned, whatever the call was
                if (!r.cuesIn(CueKind.PLANNED, governing.get().end(), trigger.start()).isEmpty()) {
                    return Optional.of(EventStatus.PLANNED);
                }
                return ofEvent(r, governing.get());
            }
        }
        boolean perfect = PARTICIPLE.matcher(lastWord).matches()
            && PAST_AUXILIARY.matcher(normalized.substring(Math.max(clause, trigger.start() - 40), trigger.start())).find();
        if (!perfect && adjunctOfPast(r, trigger)) {
            // "Xi a étendu l'invitation à Poutine lors de sa visite à Moscou en mars": the setting of a past act happened
            return Optional.of(EventStatus.OCCURRED);
        }
        if (!perfect && adjunctOfPlanned(r, trigger)) {
            // "ils vont signer, lors de la visite de Xi la semaine prochaine, une déclaration": the visit is as planned
            return Optional.of(EventStatus.PLANNED);
        }
        if (!perfect && EVENT_NOUN.matcher(trigger.text()).lookingAt()) {
            String ahead = folded.substring(Math.max(0, trigger.start() - 30), trigger.start());
            String then = folded.substring(trigger.end(), Math.min(folded.length(), trigger.end() + 60));
            int clauseStart = afterClosedQuote(folded, r.segments().clauseStart(trigger.start()), trigger.start());
            boolean futureMain = mayHoldAFuture(folded, clauseStart, trigger.start()) && futureVerbBefore(r, clauseStart, trigger.start())
                && !PAST_AUXILIARY.matcher(normalized.substring(clauseStart, trigger.start())).find();
            if ((AHEAD_OF.matcher(ahead).find() && PRESENT_FRAME.matcher(folded).find()) || SCHEDULED_AFTER_COMMA.matcher(then).lookingAt()
                // "Patrouchev participera au 17e cycle de consultations ... et à la 7e réunion ... lors de sa visite"
                || futureMain) {
                // "juste avant une visite de Poutine en Chine", "à quelques semaines de la visite", "sa visite en Russie,
                // prévue du 7 au 10 mai": a visit still to come
                return Optional.of(EventStatus.PLANNED);
            }
        }
        if (!perfect) {
            int from = Math.max(clause, Words.back(folded, trigger.start(), PLANNED_WINDOW, clause));
            if (!r.cuesIn(CueKind.PLANNED, from, trigger.start()).isEmpty() || futureVerbBefore(r, from, trigger.start())) {
                return Optional.of(EventStatus.PLANNED);
            }
            if (conditionalVerbBefore(r, from, trigger.start(), reported)) {
                // "a annoncé que son homologue viendrait en Russie pour une visite d'État": a future told in the past
                return Optional.of(EventStatus.PLANNED);
            }
            int chunkEnd = r.segments().chunkEnd(trigger.end());
            int fourAfter = Words.forward(folded, trigger.end(), 4, chunkEnd);
            if (EVENT_NOUN.matcher(trigger.text()).lookingAt()
                && EVENT_FUTURE.matcher(folded).region(trigger.end(), Words.forward(folded, trigger.end(), 12, chunkEnd)).find()) {
                // "la rencontre entre Xi et Poutine jeudi à Samarcande sera la plus suivie": the noun is the subject of a future
                return Optional.of(EventStatus.PLANNED);
            }
            if (trigger.kind() != CueKind.VISIT && EVENT_NOUN.matcher(trigger.text()).lookingAt() && wherein(r, trigger.end())) {
                // "des discussions avec Xi Jinping, au cours desquelles ils aborderont ...": what will happen in them is ahead
                // (a trip "au cours duquel il participera" may be under way: only talks)
                return Optional.of(EventStatus.PLANNED);
            }
            if (futureVerbBefore(r, trigger.end(), fourAfter) || futureRelative(r, trigger.end(), chunkEnd)) {
                // "la rencontre bilatérale de jeudi qui sera la plus suivie", "une réunion aura lieu"
                return Optional.of(EventStatus.PLANNED);
            }
            for (Cue c : r.cuesIn(CueKind.PLANNED, trigger.end(), chunkEnd)) {
                if (Words.between(folded, trigger.end(), c.start()) <= 4 || SCHEDULED.matcher(c.text()).find()) {
                    // "un entretien entre Xi et Poutine est programmé mercredi"
                    return Optional.of(EventStatus.PLANNED);
                }
            }
        }
        return Optional.of(EventStatus.OCCURRED);
    }

    /**
     * "effectuera une visite", "auront lieu des discussions": a verb in the future before an event noun
     * announces it. Read on the text with its accents and case: capitalised words (Ankara) are names.
     */
    /**
     * Every French future or conditional ends in -ra, -ras, -rai(t/ent), -rons, -ront or -rez: no such ending in the
     * range, no future verb to look for (most clauses have none, and the pattern is dear).
     */
    private static boolean mayHoldAFuture(String folded, int from, int to) {
        for (int i = Math.max(0, from); i + 2 < to; i++) {
            if (folded.charAt(i) != 'r') {
                continue;
            }
            char a = folded.charAt(i + 1);
            char b = folded.charAt(i + 2);
            if ((a == 'a' && (!Character.isLetter(b) || b == 'i' || b == 's')) || (a == 'o' && b == 'n') || (a == 'e' && b == 'z')) {
                return true;
            }
        }
        return false;
    }

    /**
     * A conditional before the event noun: in reported speech a future told in the past ("a annoncé qu'il effectuerait une
     * visite"); outside it, the press's "on dit que" ("Xi effectuerait une visite en Russie"), except for the auxiliaries,
     * whose conditional past reports what reportedly happened ("aurait eu une rencontre").
     */
    private static boolean conditionalVerbBefore(SentenceReading r, int from, int to, boolean reported) {
        Matcher m = CONDITIONAL_VERB.matcher(r.sentence().normalized());
        m.region(from, to);
        while (m.find()) {
            if (Character.isLowerCase(m.group().charAt(0)) && (reported || !AUXILIARY_CONDITIONAL.matcher(m.group()).matches())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern AUXILIARY_CONDITIONAL = Pattern.compile("(?i)(?:aur|ser)(?:ait|aient)");

    private static final Pattern CONDITIONAL_VERB = Pattern.compile(
        "(?<![\\p{L}])(?!(?:portrait|retrait|attrait|extrait|trait|abstrait|distrait|soustrait)(?![\\p{L}]))\\p{L}{2,}(?:rait|raient)(?![\\p{L}'])");

    private static boolean partOfAVisitUnderWay(String folded, int trigger) {
        Matcher during = DURING_THE_TRIP.matcher(folded);
        during.region(Math.max(0, trigger - 70), trigger);
        if (!during.find()) {
            return false;
        }
        return VISIT_UNDER_WAY.matcher(folded.substring(0, during.start())).find();
    }

    /** "au cours duquel", "lors desquelles": a relative clause telling what happens during the event named before it. */
    private static final String DURING_WHICH = "(?:au\\s+cours|lors)\\s+(?:duquel|de\\s+laquelle|desquels|desquelles)";
    private static final Pattern DURING_THE_TRIP = Pattern.compile(
        "(?i)(?:voyage|visite|sejour|tournee|deplacement)\\s*,?\\s*" + DURING_WHICH + "\\b");
    private static final Pattern VISIT_UNDER_WAY = Pattern.compile(
        "(?i)\\b(?:est|sont)\\s+arrivee?s?\\b|\\ba\\s+atterri\\b|\\bs'est\\s+rendue?\\b|\\best\\s+en\\s+visite\\b|\\beffectue\\s+(?:une|sa)\\s+visite\\b");

    /** A relative "au cours duquel", "lors desquelles" soon after the noun, whose verb is in the future. */
    private static boolean wherein(SentenceReading r, int from) {
        Matcher m = WHEREIN.matcher(r.folded());
        m.region(from, Math.min(r.folded().length(), from + 80));
        return m.find() && futureVerbBefore(r, m.end(), Math.min(r.folded().length(), m.end() + 40));
    }

    private static final Pattern WHEREIN = Pattern.compile("(?i),?\\s*" + DURING_WHICH + "\\s");

    private static boolean futureVerbBefore(SentenceReading r, int from, int to) {
        Matcher m = FUTURE_VERB.matcher(r.sentence().normalized());
        m.region(from, to);
        while (m.find()) {
            if (Character.isLowerCase(m.group().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjunctOfPast(SentenceReading r, Cue trigger) {
        String folded = r.folded();
        int segStart = afterClosedQuote(folded, r.segments().segmentStart(r.segments().segmentAt(trigger.start())), trigger.start());
        int near = Math.max(segStart, trigger.start() - 30);
        Matcher adjunct = ADJUNCT.matcher(folded.substring(near, trigger.start()));
        if (!adjunct.find()) {
            return false;
        }
        int adjunctStart = near + adjunct.start();
        String normalized = r.sentence().normalized();
        Matcher past = PAST_VERB.matcher(normalized.substring(segStart, adjunctStart));
        // a verb of saying before the setting ("a annoncé que lors de sa visite ...") says nothing of when it happens
        return past.find() && !futureVerbBefore(r, segStart, adjunctStart)
            && !PLANNING_VERB.matcher(folded.substring(segStart, adjunctStart)).find()
            && sayingSetAtTheEvent(r, segStart, adjunctStart)
            && !futureVerbBefore(r, trigger.end(), Math.min(folded.length(), trigger.end() + 120));
    }

    /**
     * No verb of saying before the setting, or one whose setting it is: "a déclaré le chef d'État lors d'une rencontre"
     * says it at the meeting, which happened; "a annoncé que lors de sa visite ..." says nothing of when the visit is.
     */
    private static boolean sayingSetAtTheEvent(SentenceReading r, int segStart, int adjunctStart) {
        java.util.List<Cue> sayings = r.cuesIn(CueKind.SPEECH, segStart, adjunctStart);
        if (sayings.isEmpty()) {
            return true;
        }
        int afterSaying = sayings.get(sayings.size() - 1).end();
        return !THAT.matcher(r.folded().substring(afterSaying, adjunctStart)).find();
    }

    private static final Pattern THAT = Pattern.compile("(?<![\\p{L}])(?:que|qu')|[«\"“]");

    /**
     * Where the words after the last quotation closed before {@code to} begin, else {@code from}: "« ... ne changera pas »,
     * a déclaré Xi lors d'une rencontre" has its future inside the quotation, not in the sentence that reports it.
     */
    private static int afterClosedQuote(String folded, int from, int to) {
        // quotation marks are all '"' once normalised; an odd count in the sentence means it began inside a quotation
        // opened in the sentence before, so its first mark closes one
        int all = 0;
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) == '"') {
                all++;
            }
        }
        int quotes = all % 2;
        int closed = -1;
        for (int i = 0; i < to; i++) {
            if (folded.charAt(i) == '"' && ++quotes % 2 == 0) {
                closed = i + 1;
            }
        }
        return Math.max(from, closed);
    }

    private static boolean adjunctOfPlanned(SentenceReading r, Cue trigger) {
        String folded = r.folded();
        int segStart = r.segments().segmentStart(r.segments().segmentAt(trigger.start()));
        int near = Math.max(segStart, trigger.start() - 30);
        if (!ADJUNCT.matcher(folded.substring(near, trigger.start())).find()) {
            return false;
        }
        int from = Math.max(segStart, Words.back(folded, trigger.start(), PLANNED_WINDOW + 4, segStart));
        Matcher auxiliary = PLANNING_VERB.matcher(folded);
        auxiliary.region(from, trigger.start());
        return auxiliary.find() || futureVerbBefore(r, from, trigger.start()) || frontedBeforeAFuture(r, trigger, segStart, near);
    }

    /**
     * "Lors de sa visite à Pékin les 17 et 18 octobre, Poutine participera à un forum": a setting put first in the
     * sentence is as far ahead as the main verb after its comma.
     */
    private static boolean frontedBeforeAFuture(SentenceReading r, Cue trigger, int segStart, int near) {
        String folded = r.folded();
        Matcher adjunct = ADJUNCT.matcher(folded.substring(near, trigger.start()));
        if (!adjunct.find() || !folded.substring(segStart, near + adjunct.start()).isBlank()) {
            return false;
        }
        int comma = folded.indexOf(',', trigger.end());
        if (comma < 0) {
            return false;
        }
        int mainEnd = Words.forward(folded, comma + 1, FRONTED_MAIN_WORDS, folded.length());
        return futureVerbBefore(r, comma + 1, mainEnd) && !PAST_AUXILIARY.matcher(r.sentence().normalized().substring(comma + 1, mainEnd)).find();
    }

    /** How far after a fronted setting's comma the main verb is looked for: subject and verb. */
    private static final int FRONTED_MAIN_WORDS = 6;

    /** "la rencontre ... de jeudi qui sera la plus suivie": a relative clause in the future about the event noun. */
    private static boolean futureRelative(SentenceReading r, int from, int to) {
        Matcher m = FUTURE_RELATIVE.matcher(r.sentence().normalized());
        m.region(from, to);
        return m.find();
    }

    /** Whether the trigger is a verb with a tense of its own (future, conditional or a participle after its auxiliary). */
    static boolean tensed(SentenceReading r, Cue trigger) {
        String normalized = r.sentence().normalized();
        String lastWord = lastWord(normalized.substring(trigger.start(), trigger.end()));
        if (FUTURE.matcher(lastWord).matches() || CONDITIONAL.matcher(lastWord).matches()) {
            return true;
        }
        int clause = r.segments().clauseStart(trigger.start());
        return PARTICIPLE.matcher(lastWord).matches()
            && PAST_AUXILIARY.matcher(normalized.substring(Math.max(clause, trigger.start() - 40), trigger.start())).find();
    }

    /** The event verb earlier in the trigger's segment that an infinitive trigger depends on, if any. */
    private static Optional<Cue> governingEvent(SentenceReading r, Cue trigger) {
        int segStart = r.segments().segmentStart(r.segments().segmentAt(trigger.start()));
        Cue governing = null;
        for (Cue c : r.cues()) {
            if (EVENT_KINDS.contains(c.kind()) && c.end() <= trigger.start() && c.start() >= segStart) {
                governing = c;
            }
        }
        return Optional.ofNullable(governing);
    }

    /** For a shared-position cue: a stance reported is a stance taken, whatever tense it is told in. */
    static Optional<EventStatus> ofPosition(SentenceReading r, Cue cue) {
        if (dropped(r, cue) || overAPeriod(r, cue) || conductOrHelp(r, cue)) {
            return Optional.empty();
        }
        if (DECLARATION.matcher(cue.text()).find()) {
            // signing a declaration is an occasion of its own: "ils vont signer une déclaration commune" is announced
            String folded = r.folded();
            int clause = r.segments().clauseStart(cue.start());
            int from = Math.max(clause, Words.back(folded, cue.start(), PLANNED_WINDOW, clause));
            if (FUTURE.matcher(lastWord(r.sentence().normalized().substring(cue.start(), cue.end()))).matches()
                || futureVerbBefore(r, from, cue.start()) || PLANNING_VERB.matcher(folded.substring(from, cue.start())).find()
                || PLANNED_FRAME.matcher(folded.substring(0, cue.start())).find()) {
                return Optional.of(EventStatus.PLANNED);
            }
        }
        return Optional.of(EventStatus.OCCURRED);
    }

    /**
     * A stance told as a course over a period, not as a statement made on an occasion (codebook: generic or habitual
     * descriptions): "Depuis le début de la guerre, Pékin a affiché son soutien à Moscou", "a intensifié son appui".
     * Only for stances: "leur première rencontre depuis l'invasion" is a meeting all the same.
     */
    private static boolean overAPeriod(SentenceReading r, Cue cue) {
        String before = r.folded().substring(0, cue.start());
        if (SINCE_FRAME.matcher(before).find() || TREND.matcher(r.folded()).find()) {
            return true;
        }
        // "Pékin a indiqué à plusieurs reprises qu'il soutenait ...": a stance said again and again is habitual too
        int segment = r.segments().segmentAt(cue.start());
        return r.segments().isReported(segment)
            && !r.cuesIn(CueKind.GENERIC, r.segments().segmentStart(segment - 1), r.segments().segmentStart(segment)).isEmpty();
    }

    /**
     * Backing shown by what one does not do ("Pékin soutient Moscou en ne qualifiant pas le conflit d'invasion"), or thanks
     * for practical help ("a remercié son homologue pour l'aide apportée à l'évacuation"): conduct and help, not a stated
     * position (codebook: material help is no shared position).
     */
    private static boolean conductOrHelp(SentenceReading r, Cue cue) {
        String f = r.folded();
        String after = f.substring(cue.end(), Math.min(f.length(), cue.end() + AFTER_REACH));
        return BY_NOT_DOING.matcher(after).lookingAt() || THANKS.matcher(cue.text()).find() && FOR_HELP.matcher(after).lookingAt();
    }

    private static final int AFTER_REACH = 60;
    private static final Pattern BY_NOT_DOING = Pattern.compile("(?i)(?:\\s*\\S+){0,3}?\\s+en\\s+n(?:e\\s|')");
    private static final Pattern THANKS = Pattern.compile("(?i)remerci");
    private static final Pattern FOR_HELP = Pattern.compile(
        "(?i)(?:\\s*\\S+){0,4}?\\s+pour\\s+(?:l'|son\\s+|sa\\s+|leur\\s+|les\\s+)?(?:aide|assistance|evacuation|hospitalite|accueil)");

    /** A fronted "depuis ..." of an event or a time, closed by its comma, before the stance. */
    private static final Pattern SINCE_FRAME = Pattern.compile("(?i)(?:^|[,;:]\\s*|\\s)depuis\\s+(?:le\\s+debut|l'|la\\s|le\\s|les\\s|des\\s|son\\s|sa\\s)"
        + "[^,]{0,50}?\\b(?:debut|invasion|operation|offensive|guerre|conflit|declenchement|lancement|eclatement|annees?|mois|crise)\\b[^,]{0,40},");
    /** A change of degree of a backing: a trend the journalist describes. */
    private static final Pattern TREND = Pattern.compile(
        "(?i)\\b(?:intensifi|accru|accroit|accentu)\\p{L}*\\s+(?:son|leur|sa|ses|leurs)\\s+(?:\\p{L}+\\s+)?(?:soutien|appui)");

    private static boolean dropped(SentenceReading r, Cue trigger) {
        String folded = r.folded();
        int segment = r.segments().segmentAt(trigger.start());
        int segStart = r.segments().segmentStart(segment);
        int segEnd = r.segments().segmentEnd(segment);
        if (!r.cuesIn(CueKind.GENERIC, segStart, segEnd).isEmpty()) {
            return true;
        }
        if (isQuestion(r.sentence().text())) {
            return true;
        }
        Matcher possible = POSSIBLE_AFTER.matcher(folded);
        possible.region(trigger.end(), Math.min(folded.length(), trigger.end() + 80));
        if (possible.find()) {
            // "une rencontre entre Xi et Poutine n'est pas exclue": a possibility, not an event
            return true;
        }
        Matcher uncertain = UNCERTAIN.matcher(folded);
        uncertain.region(0, trigger.start());
        if (uncertain.find()) {
            // "il n'était pas certain que les deux présidents se rendraient à Bali"
            return true;
        }
        int clause = r.segments().clauseStart(trigger.start());
        int windowStart = Math.max(clause, Words.back(folded, trigger.start(), NEGATION_WINDOW, clause));
        if (!r.cuesIn(CueKind.HYPOTHETICAL, Math.max(clause, Words.back(folded, trigger.start(), 8, clause)), trigger.start()).isEmpty()) {
            return true;
        }
        if (!r.cuesIn(CueKind.REFUSAL, windowStart, trigger.start()).isEmpty()) {
            return true;
        }
        if (negated(r, trigger, windowStart)) {
            return true;
        }
        // "n'a pas rencontré Poutine lors de cette tournée": the tour is where the meeting did not
        // happen, inside the negation's reach, not a visit of its own.
        int near = Math.max(segStart, trigger.start() - 30);
        if (ADJUNCT.matcher(folded.substring(near, trigger.start())).find()) {
            Optional<Cue> governing = governingEvent(r, trigger);
            return governing.isPresent() && dropped(r, governing.get());
        }
        return false;
    }

    private static boolean negated(SentenceReading r, Cue trigger, int windowStart) {
        String folded = r.folded();
        if (NO_NOUN.matcher(folded.substring(Math.max(windowStart, trigger.start() - 12), trigger.start())).find()) {
            // "pas de tête-à-tête entre Xi et Poutine": a headline denies the noun without any verb
            return true;
        }
        for (Cue n : r.cuesIn(CueKind.NEGATOR, Words.back(folded, trigger.start(), 2, windowStart), trigger.start())) {
            if (ALONE_NEGATORS.matcher(n.text()).matches()) {
                return true;
            }
        }
        if (PROJECT_OF.matcher(folded.substring(Math.max(windowStart, trigger.start() - 30), trigger.start())).find()) {
            // "sans confirmer aucun projet de visite": the negation reaches the noun through "projet de"
            return true;
        }
        var ne = NE.matcher(folded);
        ne.region(windowStart, trigger.start());
        if (ne.find()) {
            int until = Math.min(folded.length(), trigger.end() + 12);
            for (Cue n : r.cuesIn(CueKind.NEGATOR, ne.end(), until)) {
                if (n.start() >= ne.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isQuestion(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"»”’' ".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith("?");
    }

    /** The trigger's verb: its last word, or the one before a closing preposition ("viendra en", "arrivé à"). */
    private static String lastWord(String text) {
        String[] parts = text.strip().split("[\\s']+");
        String last = parts[parts.length - 1];
        if (parts.length > 1 && CLOSING_PREPOSITION.matcher(last).matches()) {
            return parts[parts.length - 2];
        }
        return last;
    }

    private static final Pattern CLOSING_PREPOSITION = Pattern.compile("(?i)en|à|a|au|aux|par|avec");
}
