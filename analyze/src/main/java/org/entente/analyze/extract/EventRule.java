package org.entente.analyze.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.analyze.Dyad;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.actor.ActorKind;
import org.entente.analyze.actor.ActorRef;
import org.entente.analyze.lexicon.Cue;
import org.entente.analyze.lexicon.CueKind;

/**
 * Contacts and meetings in one sentence. A trigger's type comes from its category, a remote
 * marker near a meeting word making it a contact; its participants are first the actors of its own
 * chunk, then, for a side still missing, the nearest actor of that side in its segment, then what
 * an anaphor points back to.
 */
final class EventRule {

    private static final int REMOTE_WINDOW = 6;
    static final int MAX_TRIGGERS = 16;
    /** Words for talks, which may be held in person or at a distance (unlike a visit or an encounter). */
    private static final Pattern TALK = Pattern.compile("(?i)^(?:s'\\s*|a\\s+|ont\\s+|sa\\s+|leur\\s+)?(?:entret|discussion|discut|echang|consultation|dialogue|convers|negoc)");
    /** "a appelé au dialogue": the verb of a phone call followed by what is called for (cue texts are folded: no accents). */
    private static final Pattern CALLED = Pattern.compile("(?i)appel(?:e|ee|es|ait|aient|lent|le)?$");
    private static final Pattern CALLED_FOR = Pattern.compile("(?i)\\s*(?:a|au|aux)\\s");
    /** "se sont retrouvés dans une position de faiblesse", "se retrouvent isolés": a situation, not an encounter. */
    private static final Pattern FOUND_THEMSELVES = Pattern.compile("(?i)retrouv");
    private static final Pattern IN_A_SITUATION = Pattern.compile("(?i)\\s*(?:(?:dans|en)\\s+(?:une?\\s+|des\\s+|la\\s+|le\\s+|leur\\s+)?"
        + "(?:position|situation|impasse|difficulte|minorite|posture|porte-a-faux|premiere ligne)|face\\s+a|confronte|isole|seuls?\\b|a\\s+la\\s+merci|pris\\s+)");
    /** "a rencontré Joe Biden", "ses discussions avec M. Modi": a named partner the dictionary does not know. */
    private static final Pattern OTHER_PARTNER = Pattern.compile(
        "^\\s*(?:(?!(?:a|au|aux|en|dans|de|du|des|pour|sur)\\s)\\p{L}+\\s+){0,2}?(?:avec\\s+)?(?:(?:M|Mme)\\.\\s*|le\\s+\\p{Ll}+\\s+|les\\s+|la\\s+|l')?(\\p{Lu}\\p{L}+(?:[\\s\\-]\\p{Lu}\\p{L}+)*)");
    /** "discussions russo-américaines": a compound naming who talks. */
    private static final Pattern COMPOUND_AFTER = Pattern.compile("^\\s*\\p{L}+o-\\p{L}+");
    /** "riche en rencontres", "une série de contacts": a bare plural noun is no single event. */
    private static final Pattern BARE_PLURAL_BEFORE = Pattern.compile("(?i)(?:^|\\s)(?:en|de|d')\\s*$");
    private static final Pattern DEMONSTRATIVE_BEFORE = Pattern.compile("(?i)(?:^|[\\s'])(?:ce|cet|cette|ces)\\s+$");
    /** "appeler la Russie à la retenue" urges; it is no call. */
    private static final Pattern URGES = Pattern.compile("(?i)^(?:,?\\s+[\\p{L}'\\-]+){0,8}?,?\\s+a\\s+[\"«“]?\\s*(?:la|le|l'|les|un|une|des|\\p{L}+er|\\p{L}+ir|\\p{L}+re)(?![\\p{L}])"
            + "(?!\\s*(?:veille|issue|occasion|suite|fin|demande|invitation|initiative|moment|heure)\\b)");
    /** "les deux dirigeants entretiennent un lien fort": entretenir without a reflexive maintains, it does not talk. */
    private static final Pattern WITH_OTHER = Pattern.compile("\\s+avec\\s+(?:les\\s+|la\\s+|le\\s+|l')?(\\p{Lu}\\p{L}+)");
    private static final Pattern POSSESSIVE_PLURAL = Pattern.compile("(?i)(?:^|\\s)(?:mes|nos|ses|leurs)\\s+$");
    private static final Pattern COUNTABLE = Pattern.compile("(?i)^(?:rencontres|visites|reunions)$");
    private static final Pattern CONGRATULATES = Pattern.compile("(?i)felicit");
    private static final Pattern DEFINITE_OPENING = Pattern.compile("(?i)\\s*(?:la|le|l')\\s*");
    private static final Pattern VISITOR_BEFORE = Pattern.compile(
        "(\\p{Lu}\\p{L}+(?:[\\s\\-]\\p{Lu}\\p{L}+)?)\\s+(?:(?:s'est|s'était|se|s'|est|sera|doit|devait|va|avait|a)\\s*)?$");
    private static final Pattern VISITOR_VERB_BEFORE = Pattern.compile(
        "(\\p{Lu}\\p{L}+(?:[\\s\\-]\\p{Lu}\\p{L}+)?)\\s+(?:a\\s+)?(?:entam|commenc|effectu|termin|achev|achèv|poursui|entrepr)\\p{L}*"
            + "\\s+(?:sa|son|une|un)\\s+(?:\\p{L}+\\s+)?$");
    private static final Pattern NAME_THEN_WHO = Pattern.compile(
        "(\\p{Lu}\\p{L}+(?:[\\s\\-]\\p{Lu}\\p{L}+)?)\\s*,\\s*qui\\s+(?:avait|a|s'etait|s'était|s'est|etait|était)\\s+(?:\\p{L}+\\s+)?$");
    private static final Pattern FOREIGN_PAIR_SUBJECT = Pattern.compile(
        "(?i)\\b(?:presidents|dirigeants|ministres|chefs d'etat|chefs de la diplomatie)\\s+(?:(?:" + ThirdParty.NATIONALITIES
            + ")(?:ne|e|s|nes|es)?\\s+et\\s+\\p{L}+|\\p{L}+\\s+et\\s+(?:" + ThirdParty.NATIONALITIES + ")(?:ne|e|s|nes|es)?)"
            + "\\s+(?:[\\p{L}']+\\s+){0,3}$");
    private static final Pattern VISITOR_AFTER = Pattern.compile("\\s*(\\p{Lu}\\p{L}+(?:[\\s\\-]\\p{Lu}\\p{L}+)?)");
    private static final Pattern VISITOR_OF = Pattern.compile(
        "\\s+(?:(?:annonc|prévu|officiel|historique|surprise)\\p{L}*\\s+)?(?:de|d')\\s*(\\p{Lu}\\p{L}+(?:[\\s\\-]\\p{Lu}\\p{L}+)?)");
    private static final Pattern VISIT_NOUN = Pattern.compile("(?i)(?:visite|voyage|deplacement|sejour|tournee)");
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)rencontré(?:e|es|s)?");
    private static final Pattern AUXILIARY_BEFORE = Pattern.compile(
        "(?i)(?:^|[\\s'])(?:a|ont|avait|avaient|aura|auront|ete|etre|est|sont|etait|etaient|sera|seront|s'est|se|s'etaient|s'etait|etant|ayant)\\s+(?:\\p{L}+\\s+)?$");
    private static final Pattern RELATIVE_WHO = Pattern.compile(",\\s*qui\\s");
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?i)(?:^|\\s)(?:sa|son|ses)\\s+(?:\\p{L}+\\s+)?$");
    /** Capitalised words that open a sentence or a clause without naming anyone. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
        "Le|La|Les|L|Il|Elle|Ils|Elles|Lors|Mais|Et|Puis|En|Au|Aux|Ce|Cette|Ces|Selon|Dans|Pour|Après|Avant|Depuis|Son|Sa|Ses|Leur|Leurs"
            + "|Un|Une|Des|Du|De|M|Mme|Etat|État|Etats|États|Etat-major|Etat-Major|Dimanche|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Cela|Ceci|On|Nous|Je|Ainsi|Alors|Toutefois|Pourtant");
    private static final Pattern WITH_COUNTERPART = Pattern.compile(
        "(?i)\\s*(?:[\\p{L}\\d']+\\s+){0,4}?avec\\s+(?:son|sa|leur|ses)\\s+homologues?\\s+([\\p{L}\\-]+)");
    private static final Pattern VISIT_BY_FOREIGN = Pattern.compile(
        "(?i)\\s+(?:de\\s+la|du|de\\s+l'|d'un|d'une|des|de(?=\\s+(?:plusieurs|quelques|deux|trois|hauts?|nombreux|responsables|parlementaires|elus|membres)\\s))"
            + "\\s*((?:[\\p{L}'\\-]+\\s+){0,7}[\\p{L}\\-]+)");
    /** "plusieurs jours de consultations": one stretch of talks, not talks in general. */
    private static final Pattern DAYS_OF = Pattern.compile("(?i)(?:jours|journees)\\s+d(?:e\\s+|')$");
    private static final Pattern INFINITIVE = Pattern.compile("(?i)\\p{L}{3,}(?:er|ir|re)$");
    private static final Pattern PURPOSE_BEFORE = Pattern.compile("(?i)(?:^|\\s)(?:pour|afin de|en vue de)\\s+(?:y\\s+|s'|se\\s+)?$");
    private static final int OBJECT_REACH = 8;
    private static final Pattern NOUN_OBJECT = Pattern.compile("(?i)(?:^|\\s)(?:la|le|les|l')\\s*$");
    private static final Pattern RECEIVED = Pattern.compile("(?i)(?:a|ont|avait|avaient)\\s+recu");
    private static final Pattern RECEIVED_THING = Pattern.compile(
        "(?i)\\s+(?:\\p{L}+\\s+)?(?:les|des|un|une|ses|leurs|sa|son)\\s+(?:chaleureuses\\s+)?(?:felicitations|message|messages|lettre|appel|voeux"
            + "|telegramme|invitation|condoleances|coup de fil|soutien)");
    private static final Pattern THREE_NAMES = Pattern.compile("^\\s+(?:de|entre)\\s+\\p{Lu}[\\p{L}\\-]+\\s*,\\s*\\p{Lu}[\\p{L}\\-]+\\s+et\\s+\\p{Lu}");
    private static final Pattern SEPARATELY = Pattern.compile("(?i)(?<![\\p{L}])(?:separement|tour a tour|successivement|l'un apres l'autre)(?![\\p{L}])");
    private static final Pattern ATTEND_PURPOSE = Pattern.compile("(?i)(?:^|\\s)(?:pour|afin de)\\s+(?:participer|assister|prendre part)\\s");
    private static final int PURPOSE_REACH = 25;
    private static final Pattern GATHERED = Pattern.compile("(?i)^reuni");
    private static final Pattern SUMMIT_AFTER = Pattern.compile("(?i)\\s+(?:[\\p{L}']+\\s+){0,3}?(?:lors\\s+d'un|a\\s+un|au)\\s+sommet");
    private static final Pattern BETWEEN_OTHERS = Pattern.compile(
        "\\s+(?:[\\p{L}']+\\s+){0,2}?entre\\s+(?:la\\s+|le\\s+|l')?(\\p{Lu}[\\p{L}\\-]+)\\s+et\\s+(?:la\\s+|le\\s+|l')?(\\p{Lu}[\\p{L}\\-]+)");
    private static final Pattern TO_PLACE = Pattern.compile("\\s+(?:a|en|au|aux|de\\s+l')\\s*(\\p{Lu}\\p{L}+|l'etranger)");
    private static final Pattern MAINTAINS = Pattern.compile("(?i)^entreten(?:ir|ons|ez|aient|ait|ant|u|ue|us|ues)$|^entretien(?:t|nent|nen)$");
    // "s'est entretenu", "s'est également entretenu", "se sont longuement entretenus": talks, not ties maintained
    private static final Pattern REFLEXIVE_BEFORE = Pattern.compile("(?i)(?:^|[\\s'])(?:s'|se|me|nous|vous)\\s*(?:(?:sont|est|etaient|etait|seraient|serait|etre)\\s+)?"
        + "(?:(?:\\p{L}+ment|aussi|deja|egalement|encore|enfin|notamment)\\s+)?$");
    private static final Pattern SIDELINES = Pattern.compile("(?:^|[\\s'])(?:marge|cote|avec|entre|bilaterale?s?|tete-a-tete|lors|pendant|durant)(?![\\p{L}])");
    private static final Pattern LOCATION = Pattern.compile("(?<![\\p{L}])(?:a|au)\\s+((?:Saint|Sankt|San|Nijni|Nizhny)?-?\\p{Lu}[\\p{L}\\-]+)");

    private final Dyad dyad;

    EventRule(Dyad dyad) {
        this.dyad = dyad;
    }

    List<Draft> drafts(SentenceReading r) {
        List<Draft> out = new ArrayList<>();
        List<Cue> triggers = triggers(r);
        if (triggers.isEmpty()) {
            return out;
        }
        // "le président américain a décrit, lors d'un appel vidéo, ce qu'il adviendrait si la Chine aidait la Russie":
        // a third country's office holder talking about the two states (checked once per sentence)
        boolean thirdPartyTalk = onlyStates(r) && ThirdParty.foreignOfficeIn(r.folded());
        if (triggers.size() > MAX_TRIGGERS) {
            // no real sentence reports more events than this; a word list dumped as one sentence would cost its square
            triggers = triggers.subList(0, MAX_TRIGGERS);
        }
        boolean encounter = triggers.stream().anyMatch(c -> c.kind() != CueKind.CONTACT);
        int foreignSubject = Math.max(ThirdParty.foreignSubjectEnd(r.folded()), unknownNamedSubjectEnd(r));
        List<Integer> foreignOffices = ThirdParty.foreignOfficeEnds(r.folded());
        for (Cue trigger : triggers) {
            if (thirdPartyTalk || notOneEvent(r, trigger) || notTheTwos(r, trigger, foreignSubject, foreignOffices)) {
                continue;
            }
            if (encounter && CONGRATULATES.matcher(trigger.text()).find()) {
                // "il l'a félicité lors de leur rencontre": said in person, the meeting is the event
                continue;
            }
            Optional<EventStatus> status = StatusRule.ofEvent(r, trigger);
            if (status.isEmpty()) {
                continue;
            }
            EventType type = trigger.kind() == CueKind.CONTACT || remoteNear(r, trigger) ? EventType.CONTACT : EventType.MEETING;
            Chosen chosen = participants(r, trigger, type);
            out.add(new Draft(type, status.get(), trigger, chosen.refs, chosen.anaphora, null, location(r, trigger)));
        }
        for (int i = 0; i < out.size(); i++) {
            Draft d = out.get(i);
            if (d.cue().kind() != CueKind.VISIT) {
                continue;
            }
            for (String side : List.of(dyad.sideA(), dyad.sideB())) {
                if (has(d.refs(), side)) {
                    continue;
                }
                // "une nouvelle visite en Chine après son déplacement d'État en mai 2024": both trips went to the place named
                out.stream().filter(o -> o != d && o.cue().kind() == CueKind.VISIT).flatMap(o -> o.refs().stream())
                    .filter(a -> a.kind() == ActorKind.PLACE && a.country().equals(side)).findFirst().ifPresent(place -> {
                        List<ActorRef> refs = new ArrayList<>(d.refs());
                        refs.add(place);
                        out.set(out.indexOf(d), new Draft(d.type(), d.status(), d.cue(), refs, d.anaphora(), d.direction(), d.location()));
                    });
            }
        }
        Matcher separately = SEPARATELY.matcher(r.folded());
        if (separately.find()) {
            // "a rencontré Poutine et Lavrov séparément", "a vu séparément ...": after the verb; a sentence opening with
            // "Séparément, Qin Gang et Ma Zhaoxu ont rencontré ..." tells one more meeting, held apart from the last one
            splitSeparateMeetings(out, separately.start());
        }
        for (int i = 0; i < out.size(); i++) {
            Draft d = out.get(i);
            if (d.status() == EventStatus.OCCURRED && purposeOfAPlannedTrip(r, d, out)) {
                // "doit se rendre à Moscou pour coprésider avec Michoustine la réunion": what the announced trip is for
                out.set(i, new Draft(d.type(), EventStatus.PLANNED, d.cue(), d.refs(), d.anaphora(), d.direction(), d.location()));
            }
        }
        if (out.stream().anyMatch(d -> d.status() == EventStatus.PLANNED && StatusRule.tensed(r, d.cue()))) {
            // "Xi se rendra en Russie pour rencontrer Poutine, première visite d'État depuis ...": a bare noun beside an
            // announced visit names that visit
            out.replaceAll(d -> d.status() == EventStatus.OCCURRED && !StatusRule.tensed(r, d.cue())
                ? new Draft(d.type(), EventStatus.PLANNED, d.cue(), d.refs(), d.anaphora(), d.direction(), d.location()) : d);
        }
        return out;
    }

    private static boolean purposeOfAPlannedTrip(SentenceReading r, Draft d, List<Draft> out) {
        String f = r.folded();
        String before = f.substring(Math.max(0, d.cue().start() - 12), d.cue().start());
        boolean afterAPlan = out.stream().anyMatch(o -> o.status() == EventStatus.PLANNED && o.cue().end() <= d.cue().start()
            && r.segments().segmentAt(o.cue().start()) == r.segments().segmentAt(d.cue().start()));
        if (!afterAPlan) {
            return false;
        }
        if (INFINITIVE.matcher(d.cue().text()).find() && PURPOSE_BEFORE.matcher(before).find()) {
            return true;
        }
        // "pour coprésider avec Michoustine la réunion annuelle": the gathering the planned talks are about
        return NOUN_OBJECT.matcher(before).find() && out.stream().anyMatch(o -> o.status() == EventStatus.PLANNED
            && o.cue().end() <= d.cue().start() && Words.between(f, o.cue().end(), d.cue().start()) <= OBJECT_REACH
            && PURPOSE_BEFORE.matcher(f.substring(Math.max(0, o.cue().start() - 12), o.cue().start())).find());
    }

    /**
     * "a rencontré Vladimir Poutine et Sergueï Lavrov séparément": two persons of one side seen one after the other are
     * two meetings, one with each.
     */
    private static void splitSeparateMeetings(List<Draft> out, int adverbAt) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Draft d = out.get(i);
            if (d.type() != EventType.MEETING || d.cue().start() > adverbAt) {
                continue;
            }
            for (String side : d.refs().stream().map(ActorRef::country).distinct().toList()) {
                List<ActorRef> persons = d.refs().stream().filter(a -> a.country().equals(side) && a.isPerson()).toList();
                if (persons.size() < 2) {
                    continue;
                }
                List<Draft> parts = new ArrayList<>();
                for (ActorRef person : persons) {
                    List<ActorRef> refs = new ArrayList<>(d.refs());
                    refs.removeIf(a -> persons.contains(a) && a != person);
                    parts.add(new Draft(d.type(), d.status(), d.cue(), refs, d.anaphora(), d.direction(), d.location()));
                }
                out.remove(i);
                out.addAll(i, parts);
                break;
            }
        }
    }

    /**
     * Talks with no channel of their own ({@code s'entretenir}, {@code discussions}, {@code échange}): in an
     * article that reports a call, they may be that call told again (codebook, "Real articles").
     */
    static boolean generic(Draft d) {
        return d.type() == EventType.MEETING && d.cue().kind() == CueKind.MEETING && TALK.matcher(d.cue().text()).find();
    }

    private boolean notOneEvent(SentenceReading r, Cue trigger) {
        String f = r.folded();
        String after = f.substring(trigger.end(), Math.min(f.length(), trigger.end() + 60));
        if (trigger.text().endsWith("s") && BARE_PLURAL_BEFORE.matcher(f.substring(Math.max(0, trigger.start() - 4), trigger.start())).find()
            && !DAYS_OF.matcher(f.substring(Math.max(0, trigger.start() - 12), trigger.start())).find()) {
            return true;
        }
        if (COMPOUND_AFTER.matcher(after).find() && r.actorsIn(trigger.end(), Math.min(f.length(), trigger.end() + 30)).isEmpty()) {
            return true;
        }
        if (attendance(r, trigger)) {
            return true;
        }
        if (trigger.kind() == CueKind.CONTACT && CALLED.matcher(trigger.text()).find() && CALLED_FOR.matcher(after).lookingAt()) {
            // "Xi a appelé au dialogue", "ont appelé à la retenue": a call for something, not a call to someone
            return true;
        }
        if (FOUND_THEMSELVES.matcher(trigger.text()).find() && IN_A_SITUATION.matcher(after).lookingAt()) {
            // "ils se sont retrouvés dans une position de faiblesse": a situation they are in, not an encounter
            return true;
        }
        if (RECEIVED.matcher(trigger.text()).matches() && RECEIVED_THING.matcher(after).lookingAt()) {
            // "a reçu les félicitations de Vladimir Poutine": a message received, not a visitor
            return true;
        }
        String window = f.substring(Math.max(0, trigger.start() - 70), trigger.start());
        if (trigger.kind() == CueKind.MEETING && window.contains("qui ") && thirdPartyRelative(r, trigger)) {
            // "a dit Donald Trump, qui avait rencontré son homologue russe en Alaska": the one who met is a third party
            return true;
        }
        if (window.contains(" et ") && FOREIGN_PAIR_SUBJECT.matcher(window).find()) {
            // "Les présidents américain et chinois se sont entretenus par téléphone": one of the pair is a third country's
            return true;
        }
        if (trigger.kind() == CueKind.VISIT && (thirdPartyVisitor(r, trigger)
            || r.cues().stream().anyMatch(c -> c.kind() == CueKind.VISIT && c.start() < trigger.start() && thirdPartyVisitor(r, c)))) {
            // "Bourita se rendra à Pékin ... pour une visite de deux jours": the second word names the same trip
            return true;
        }
        if (PARTICIPLE.matcher(r.sentence().normalized().substring(trigger.start(), trigger.end())).matches() && !AUXILIARY_BEFORE.matcher(f.substring(Math.max(0, trigger.start() - 14),
            trigger.start())).find() && r.actors().stream().noneMatch(a -> a.end() <= trigger.start() && trigger.start() - a.end() <= 2)) {
            // "les menaces rencontrées par les pays membres": a participle with no auxiliary qualifies a noun ("Qin Gang
            // rencontré à Pékin ...", a dropped auxiliary after a name, still reports the meeting)
            return true;
        }
        if (POSSESSIVE_PLURAL.matcher(f.substring(Math.max(0, trigger.start() - 8), trigger.start())).find()
            && COUNTABLE.matcher(trigger.text()).matches()) {
            // "lors de mes rencontres avec le président": many meetings, none of them told
            return true;
        }
        if (trigger.kind() == CueKind.VISIT) {
            Matcher to = TO_PLACE.matcher(after);
            if (to.lookingAt()) {
                // "Zelensky se rend à Washington": the destination names neither side, so the visit is to someone else
                int start = trigger.end() + to.start(1);
                if (!namesActor(r, start, start + 1)) {
                    return true;
                }
            }
        }
        if (trigger.kind() == CueKind.VISIT) {
            Matcher by = VISIT_BY_FOREIGN.matcher(after);
            if (by.lookingAt() && r.actorsIn(trigger.end(), trigger.end() + by.end()).isEmpty()
                && java.util.Arrays.stream(by.group(1).split("[\\s']+")).anyMatch(ThirdParty::foreign)) {
                // "la visite de la présidente de la Chambre des représentants américaine à Taïwan"
                return true;
            }
        }
        Matcher counterpart = WITH_COUNTERPART.matcher(after);
        if (counterpart.lookingAt() && ThirdParty.foreign(counterpart.group(1))) {
            // "s'est entretenu le 26 avril avec son homologue ukrainien"
            return true;
        }
        Matcher between = BETWEEN_OTHERS.matcher(after);
        if (between.lookingAt()) {
            // "des pourparlers directs entre Moscou et Kiev": talks of one side with a third
            int first = trigger.end() + between.start(1);
            int second = trigger.end() + between.start(2);
            boolean firstKnown = namesActor(r, first, first + 1);
            boolean secondKnown = namesActor(r, second, second + 1);
            if (!firstKnown || !secondKnown) {
                return true;
            }
        }
        Matcher with = WITH_OTHER.matcher(after);
        if (with.lookingAt()) {
            // "les pourparlers avec les États-Unis": talks with a named third party, told in a China–Russia sentence
            int start = trigger.end() + with.start(1);
            // "avec le Premier ministre russe": a title before the dyad's actor is no other party
            if (!namesActor(r, start, start + 40)) {
                return true;
            }
        }
        if (MAINTAINS.matcher(trigger.text()).matches()
            && !REFLEXIVE_BEFORE.matcher(f.substring(Math.max(0, trigger.start() - 16), trigger.start())).find()) {
            return true;
        }
        return trigger.text().toLowerCase(java.util.Locale.ROOT).endsWith("appele") && URGES.matcher(after).find();
    }

    /**
     * "ont assisté à la réunion du G20", "la réunion des ministres des BRICS": the gathering is the
     * trigger's object, so the sentence reports attendance; "en marge du sommet de l'OCS" or "avec"
     * before it names an encounter of its own.
     */
    private static boolean attendance(SentenceReading r, Cue trigger) {
        String f = r.folded();
        int end = r.segments().chunkEnd(trigger.end());
        if (GATHERED.matcher(trigger.text()).find()
            && SUMMIT_AFTER.matcher(f.substring(trigger.end(), Math.min(f.length(), trigger.end() + 40))).lookingAt()) {
            // "réunis lundi lors d'un sommet en Eurasie": gathered at a summit, not met apart
            return true;
        }
        String next = r.sentence().normalized().substring(trigger.end(), Math.min(f.length(), trigger.end() + 60));
        if (THREE_NAMES.matcher(next).find() && !r.cuesIn(CueKind.MULTILATERAL, 0, f.length()).isEmpty()) {
            // "Rencontre de Poutine, Xi et Erdogan dans le cadre de l'OCS": three leaders at a grouping's gathering
            return true;
        }
        for (Cue m : r.cuesIn(CueKind.MULTILATERAL, trigger.end(), end)) {
            String between = f.substring(trigger.end(), m.start());
            if (trigger.kind() == CueKind.VISIT && Words.between(f, trigger.end(), m.start()) <= PURPOSE_REACH
                && ATTEND_PURPOSE.matcher(between).find() && !SIDELINES.matcher(between).find()) {
                // "est arrivé à Moscou pour participer à la réunion des chefs de gouvernement de l'OCS": the trip's
                // purpose is the gathering; talks with the host, when held, are told in words of their own
                return true;
            }
            return Words.between(f, trigger.end(), m.start()) <= 10 && !SIDELINES.matcher(between).find();
        }
        return false;
    }

    /**
     * "Blinken se rendra en Chine", "Lors de sa visite en Chine, Emmanuel Macron a ...": the one who travels is a
     * named person the dictionary does not know, so the visit is a third party's.
     */
    private static boolean thirdPartyVisitor(SentenceReading r, Cue trigger) {
        String text = r.sentence().normalized();
        Matcher before = VISITOR_BEFORE.matcher(text.substring(0, trigger.start()));
        if (before.find() && unknownName(r, before.start(1), before.group(1))) {
            return true;
        }
        Matcher of = VISITOR_OF.matcher(text.substring(trigger.end()));
        if (VISIT_NOUN.matcher(trigger.text()).lookingAt() && of.lookingAt()
            && unknownName(r, trigger.end() + of.start(1), of.group(1))) {
            // "la visite annoncée de Nancy Pelosi à Taïwan": the traveller is named right after the noun
            return true;
        }
        int chunkEnd = r.segments().chunkEnd(trigger.end());
        Matcher verb = VISITOR_VERB_BEFORE.matcher(text.substring(Math.max(0, trigger.start() - 80), trigger.start()));
        if (verb.find() && unknownName(r, Math.max(0, trigger.start() - 80) + verb.start(1), verb.group(1))) {
            // "Emmanuel Macron entame sa quatrième visite d'État à Pékin"
            return true;
        }
        // "lors de sa précédente visite en avril 2023, Emmanuel Macron ...": whose visit the subject after the comma says
        if (POSSESSIVE_BEFORE.matcher(r.folded().substring(Math.max(0, trigger.start() - 24), trigger.start())).find()
            && chunkEnd < text.length() && text.charAt(chunkEnd) == ',') {
            Matcher subject = VISITOR_AFTER.matcher(text.substring(chunkEnd + 1));
            return subject.lookingAt() && unknownName(r, chunkEnd + 1 + subject.start(1), subject.group(1));
        }
        return false;
    }

    private static boolean thirdPartyRelative(SentenceReading r, Cue trigger) {
        String text = r.sentence().normalized();
        Matcher m = NAME_THEN_WHO.matcher(text.substring(Math.max(0, trigger.start() - 60), trigger.start()));
        return m.find() && unknownName(r, Math.max(0, trigger.start() - 60) + m.start(1), m.group(1));
    }

    private static boolean unknownName(SentenceReading r, int start, String name) {
        if (NOT_A_NAME.matcher(name.split("\\s+")[0]).matches()) {
            return false;
        }
        int end = start + name.length();
        return !namesActor(r, start, end);
    }

    /** Whether an actor of the dyad covers some of the text from start to end. */
    private static boolean namesActor(SentenceReading r, int start, int end) {
        return r.actors().stream().anyMatch(a -> a.start() < end && start < a.end());
    }

    /** Whether a side of the dyad is named in the sentence only as a state (its name, capital or demonym). */
    private boolean onlyStates(SentenceReading r) {
        for (String side : List.of(dyad.sideA(), dyad.sideB())) {
            boolean personal = r.actors().stream().anyMatch(a -> a.country().equals(side)
                && (a.kind() == ActorKind.PERSON || a.kind() == ActorKind.OFFICE));
            if (!personal) {
                return true;
            }
        }
        return false;
    }

    /** A partner named right after the trigger who is none of the dyad's actors: the encounter is with someone else. */
    private static boolean otherPartner(SentenceReading r, Cue trigger) {
        String f = r.folded();
        int end = r.segments().chunkEnd(trigger.end());
        Matcher m = OTHER_PARTNER.matcher(f.substring(trigger.end(), end));
        if (!m.find()) {
            return false;
        }
        int start = trigger.end() + m.start(1);
        int stop = trigger.end() + m.end(1);
        return !namesActor(r, start, stop);
    }

    /** Event triggers, one per stretch of text: a contact phrase wins over a meeting word inside it. */
    private static List<Cue> triggers(SentenceReading r) {
        List<Cue> all = new ArrayList<>();
        for (Cue c : r.cues()) {
            if (c.kind() == CueKind.CONTACT || c.kind() == CueKind.MEETING || c.kind() == CueKind.VISIT) {
                all.add(c);
            }
        }
        all.sort(Comparator.comparingInt((Cue c) -> c.kind() == CueKind.CONTACT ? 0 : 1)
            .thenComparingInt(c -> -(c.end() - c.start())));
        List<Cue> kept = new ArrayList<>();
        for (Cue c : all) {
            boolean overlaps = kept.stream().anyMatch(k -> c.start() < k.end() && k.start() < c.end());
            if (!overlaps) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Cue::start));
        return kept;
    }

    /**
     * An encounter a third party holds (its office holder as the subject, a partner of a third nationality), a gathering of
     * many states, or an interview given to the press: no contact or meeting of the two sides.
     */
    private static boolean notTheTwos(SentenceReading r, Cue trigger, int foreignSubject, List<Integer> foreignOffices) {
        return foreignSubjectActs(r, trigger, foreignSubject) || foreignPartner(r, trigger) || pressInterview(r, trigger)
            || foreignOffices.stream().anyMatch(end -> subjectRightBefore(r, trigger, end))
            || trigger.kind() != CueKind.CONTACT && gatheringOfMany(r, trigger);
    }

    /**
     * "a réuni des représentants de la Russie, de la Chine, du Brésil, de l'Inde ...", "l'accord conclu avec le Royaume-Uni,
     * la France, l'Allemagne, la Chine, la Russie": an encounter of four or more named states listed after the word is a
     * gathering the two attended, unless the sentence sets a bilateral talk beside it.
     */
    private static boolean gatheringOfMany(SentenceReading r, Cue trigger) {
        String text = r.sentence().normalized();
        int end = Math.min(text.length(), trigger.end() + 250);
        Matcher m = STATE_LIST.matcher(text);
        m.region(trigger.end(), end);
        if (!m.find()) {
            return false;
        }
        return !BESIDE_A_GATHERING.matcher(r.folded().substring(trigger.end(), m.start())).find();
    }

    /** "en marge du sommet réunissant ...", "un entretien bilatéral": talks of the two beside the gathering. */
    private static final Pattern BESIDE_A_GATHERING = Pattern.compile("(?i)(?:^|[\\s'])(?:marge|bilaterale?s?|tete-a-tete|aparte)(?![\\p{L}])");

    private static final String LISTED_STATE = "(?:de\\s+la\\s+|du\\s+|de\\s+l'|des\\s+|de\\s+|d'|la\\s+|le\\s+|l'|les\\s+)?\\p{Lu}[\\p{L}\\-]+"
        + "(?:\\s+(?:du|de|des)?\\s*\\p{Lu}[\\p{L}\\-]+)?";
    private static final Pattern STATE_LIST = Pattern.compile(
        LISTED_STATE + "(?:\\s*,\\s*(?:ainsi\\s+que\\s+|et\\s+)?" + LISTED_STATE + "){2,}\\s*(?:,\\s*)?(?:et|ainsi\\s+que|mais\\s+aussi)\\s+"
        + LISTED_STATE
        + "|" + LISTED_STATE + "(?:\\s*,\\s*(?:ainsi\\s+que\\s+)?" + LISTED_STATE + "){3,}");

    /**
     * Where the subject ends when the sentence opens (after a fronted phrase at most) on a name the dictionary does not
     * know ("Antony Blinken a déclaré après sa réunion avec Wang Yi ...", "Dans l'ancien État soviétique, Erdogan a eu des
     * entretiens avec ..."), else -1: a third party's own acts and encounters are not the two's.
     */
    private static int unknownNamedSubjectEnd(SentenceReading r) {
        Matcher m = UNKNOWN_NAMED_SUBJECT.matcher(r.sentence().normalized());
        if (!m.lookingAt() || !r.actorsIn(m.start(1), m.end(1)).isEmpty() || NOT_A_NAME.matcher(m.group(1).split("[\\s\\-]")[0]).matches()) {
            return -1;
        }
        return m.end(1);
    }

    private static final Pattern UNKNOWN_NAMED_SUBJECT = Pattern.compile(
        "(?:[^,;:.]{0,60},\\s*)?(\\p{Lu}\\p{Ll}{3,}(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+(?:[\\s\\-]\\p{Lu}\\p{Ll}+)?)?)"
            + "\\s+(?:a|avait|ont|avaient)\\s");

    /**
     * "Le Premier ministre hongrois a rencontré Xi Jinping ..., quelques jours après sa visite à Moscou": what a third
     * country's office holder opening the sentence does (the verb right after the subject) or did ("sa visite") is no
     * encounter of the two.
     */
    private static boolean foreignSubjectActs(SentenceReading r, Cue trigger, int subjectEnd) {
        if (subjectEnd < 0 || trigger.start() < subjectEnd) {
            return false;
        }
        String f = r.folded();
        if (POSSESSIVE_BEFORE.matcher(f.substring(Math.max(0, trigger.start() - 25), trigger.start())).find()) {
            return true;
        }
        return Words.between(f, subjectEnd, trigger.start()) <= 4
            && r.actorsIn(subjectEnd, trigger.start()).stream().noneMatch(a -> a.kind() != ActorKind.PLACE);
    }

    /**
     * "sa rencontre avec l'envoyé spécial américain": the partner right after the word is a third country's, named by its
     * nationality and by no name of the dictionary.
     */
    private static boolean foreignPartner(SentenceReading r, Cue trigger) {
        String f = r.folded();
        Matcher m = WITH_PARTNER.matcher(f);
        m.region(trigger.end(), Math.min(f.length(), trigger.end() + 90));
        if (!m.lookingAt()) {
            return false;
        }
        for (String word : m.group(1).split("\\s+")) {
            if (ThirdParty.foreign(word)) {
                return r.actorsIn(trigger.end(), m.end()).stream().noneMatch(a -> a.kind() != ActorKind.PLACE);
            }
        }
        return false;
    }

    private static final Pattern WITH_PARTNER = Pattern.compile(
        "\\s*(?:\\p{L}+\\s+){0,2}?avec\\s+(?:l'|le\\s+|la\\s+|les\\s+|son\\s+|sa\\s+|ses\\s+|des\\s+)?((?:[\\p{L}\\-]+\\s+){0,3}[\\p{L}\\-]+)");

    /** "dans un entretien à l'agence Xinhua", "un entretien accordé au quotidien ...": an interview given to the press. */
    private static boolean pressInterview(SentenceReading r, Cue trigger) {
        if (!TALK.matcher(trigger.text()).find()) {
            return false;
        }
        Matcher m = TO_THE_PRESS.matcher(r.folded());
        m.region(trigger.end(), Math.min(r.folded().length(), trigger.end() + 60));
        return m.lookingAt();
    }

    private static final Pattern TO_THE_PRESS = Pattern.compile(
        "(?i)\\s*(?:\\p{L}+\\s+){0,2}?(?:accorde\\p{L}*\\s+)?(?:a|au|aux|avec)\\s+(?:l'|la\\s+|le\\s+|les\\s+|des\\s+|un\\s+|une\\s+)?"
            + "(?:agence|chaine|television|journal|quotidien|hebdomadaire|magazine|medias?|presse|journalistes?|radio|site|reporters?)\\b");

    /** "où le dirigeant hongrois s'était entretenu avec Poutine": the office holder just before the verb is its subject. */
    private static boolean subjectRightBefore(SentenceReading r, Cue trigger, int officeEnd) {
        return officeEnd <= trigger.start() && Words.between(r.folded(), officeEnd, trigger.start()) <= 2
            && r.actorsIn(officeEnd, trigger.start()).isEmpty();
    }

    private static boolean remoteNear(SentenceReading r, Cue trigger) {
        String f = r.folded();
        if (TALK.matcher(trigger.text()).find()) {
            // "un appel vidéo ..., le dernier entretien entre les deux hommes": talks in a sentence that says they were remote
            int segment = r.segments().segmentAt(trigger.start());
            int from0 = r.segments().segmentStart(segment);
            int to0 = r.segments().segmentEnd(segment);
            if (!r.cuesIn(CueKind.CONTACT, from0, to0).isEmpty() || !r.cuesIn(CueKind.REMOTE, from0, to0).isEmpty()) {
                return true;
            }
        }
        int from = r.segments().chunkStart(trigger.start());
        int to = r.segments().chunkEnd(trigger.end());
        for (Cue c : r.cuesIn(CueKind.REMOTE, from, to)) {
            if (aRecording(f, c)) {
                // "le ministère a diffusé une vidéo montrant Belooussov accueilli par son homologue": footage of a meeting
                continue;
            }
            int gap = c.start() >= trigger.end() ? Words.between(f, trigger.end(), c.start()) : Words.between(f, c.end(), trigger.start());
            if (gap <= REMOTE_WINDOW) {
                return true;
            }
        }
        int segment = r.segments().segmentAt(trigger.start());
        for (Cue c : r.cuesIn(CueKind.REMOTE, r.segments().segmentStart(segment), r.segments().segmentEnd(segment))) {
            // a remote word before the trigger speaks of it only with no one named between ("..., par liaison vidéo, la réunion")
            boolean outside = c.start() >= to || c.end() <= from && r.actorsIn(c.end(), trigger.start()).isEmpty();
            int gap = c.start() >= trigger.end() ? Words.between(f, trigger.end(), c.start()) : Words.between(f, c.end(), trigger.start());
            if (outside && gap <= REMOTE_WINDOW && BY_MEANS.matcher(f.substring(Math.max(0, c.start() - 20), c.start())).find()) {
                // "a coprésidé vendredi, par liaison vidéo, la session": the incise says how the talks were held
                return true;
            }
        }
        return false;
    }

    private static final Pattern PREPARING = Pattern.compile(
        "(?i)\\b(?:pour|afin de|en vue de)\\s+preparer\\s+(?:la|le|les|l'|une?)\\s*(?:\\p{L}+\\s+){0,2}?(?:de|du|d')\\s*(?:\\p{L}+\\s+){0,3}?$");
    private static final Pattern BY_MEANS = Pattern.compile("(?i)\\b(?:par|en|via)\\s+(?:liaison\\s+|lien\\s+|appel\\s+)?$");

    /** A video shown or published, not a video link: "a diffusé une vidéo montrant ...", "une vidéo publiée par le ministère". */
    private static boolean aRecording(String f, Cue remote) {
        String before = f.substring(Math.max(0, remote.start() - 30), remote.start());
        String after = f.substring(remote.end(), Math.min(f.length(), remote.end() + 25));
        return RECORDING_BEFORE.matcher(before).find() || RECORDING_AFTER.matcher(after).lookingAt();
    }

    private static final Pattern RECORDING_BEFORE = Pattern.compile("(?i)(?:diffus|publi|partag|mis en ligne)\\p{L}*\\s+(?:une|la|cette|des|les)\\s+$");
    private static final Pattern RECORDING_AFTER = Pattern.compile("(?i)s?\\s*(?:montr|ou l'on voit|on y voit|diffuse|publie|mise en ligne|tournee)");

    /**
     * "a été reçu par Xi Jinping après un entretien avec Li Qiang": two encounters in one clause, each naming its own
     * partner of one side right after its word. Each keeps the partner named after it and leaves the other's.
     */
    private static void keepOwnPartners(SentenceReading r, Cue trigger, List<ActorRef> refs, int chunkStart, int chunkEnd) {
        List<Cue> others = new ArrayList<>();
        for (Cue c : r.cuesIn(CueKind.MEETING, chunkStart, chunkEnd)) {
            if (c != trigger && c.start() != trigger.start()) {
                others.add(c);
            }
        }
        if (others.isEmpty()) {
            return;
        }
        ActorRef own = partnerAfter(r, trigger, refs, others);
        if (own == null) {
            return;
        }
        for (Cue other : others) {
            ActorRef theirs = partnerAfter(r, other, refs, List.of(trigger));
            if (theirs != null && theirs != own && theirs.country().equals(own.country())) {
                refs.remove(theirs);
            }
        }
    }

    /** The person named within a few words after the word, behind "avec" or "par", with no other encounter word between. */
    private static ActorRef partnerAfter(SentenceReading r, Cue word, List<ActorRef> refs, List<Cue> others) {
        String f = r.folded();
        for (ActorRef a : refs) {
            if (!a.isPerson() || a.start() < word.end() || a.start() - word.end() > PARTNER_REACH) {
                continue;
            }
            boolean between = others.stream().anyMatch(o -> o.start() >= word.end() && o.start() < a.start());
            if (!between && PARTNER_LEAD.matcher(f.substring(word.end(), a.start())).matches()) {
                return a;
            }
        }
        return null;
    }

    private static final int PARTNER_REACH = 40;
    /** What stands between an encounter word and its partner: "par", "avec son homologue", "mercredi par". */
    private static final Pattern PARTNER_LEAD = Pattern.compile("(?i)\\s*(?:\\p{L}+\\s+)?(?:avec|par)\\s+(?:(?:son|sa|leur)\\s+homologue\\s+|(?:le|la)\\s+\\p{L}+\\s+)?(?:\\p{L}+\\s+)?");

    private record Chosen(List<ActorRef> refs, Draft.Anaphora anaphora) {
    }

    private Chosen participants(SentenceReading r, Cue trigger, EventType type) {
        Segments s = r.segments();
        int segment = s.segmentAt(trigger.start());
        int segStart = s.segmentStart(segment);
        int segEnd = s.segmentEnd(segment);
        int chunkStart = s.chunkStart(trigger.start());
        int chunkEnd = s.chunkEnd(trigger.end());
        List<ActorRef> refs = new ArrayList<>();
        boolean triggerInOther = org.entente.analyze.time.OtherClauses.isOther(r.folded(), trigger.start());
        for (ActorRef a : r.actorsIn(chunkStart, chunkEnd)) {
            if (usable(a, trigger, type) && (triggerInOther || !org.entente.analyze.time.OtherClauses.isOther(r.folded(), a.start()))) {
                // "La visite a lieu alors que la Chine est critiquée pour ses liens avec Moscou": not who visits
                refs.add(a);
            }
        }
        for (Cue both : Anaphors.both(r, chunkStart, chunkEnd)) {
            refs.addAll(Anaphors.antecedents(r, both, dyad));
        }
        refs.removeIf(EventRule::spokesperson);
        // "a vu son homologue pour préparer la venue de Vladimir Poutine": who the prepared event is for is not here
        refs.removeIf(a -> a.start() > trigger.end()
            && PREPARING.matcher(r.folded().substring(Math.max(trigger.end(), a.start() - 50), a.start())).find());
        keepOwnPartners(r, trigger, refs, chunkStart, chunkEnd);
        List<String> counterpartSides = new ArrayList<>(1);
        for (int i = 0; i < refs.size(); i++) {
            ActorRef named = namedAfter(r, refs.get(i));
            if (named != null) {
                counterpartSides.add(named.country());
                // "avec son homologue chinois, Wang Yi": the name after the comma says who the office means
                refs.set(i, named);
            }
        }
        for (String side : List.of(dyad.sideA(), dyad.sideB())) {
            ActorRef antecedent = has(refs, side) ? null : relativeAntecedent(r, trigger, side);
            if (antecedent != null) {
                // "Xi Jinping, qui s'exprimait lors d'un entretien avec le Premier ministre russe, ...": the relative's subject
                refs.add(antecedent);
            }
        }
        boolean demonstrative = DEMONSTRATIVE_BEFORE.matcher(
            r.folded().substring(Math.max(0, trigger.start() - 8), trigger.start())).find()
            // "La visite, la première depuis ..., souligne ...": the visit the article already told
            || DEFINITE_OPENING.matcher(r.folded().substring(0, trigger.start())).matches()
                && r.folded().startsWith(",", trigger.end());
        // "avant ce déplacement": an event told before, whose partners this sentence need not repeat;
        // it is kept only when its own clause names them ("a coprésidé avec Li Qiang cette réunion")
        if (demonstrative || otherPartner(r, trigger)) {
            return new Chosen(refs, Draft.Anaphora.NONE);
        }
        int fillFrom = segStart;
        int fillTo = segEnd;
        if (refs.isEmpty() && chunkStart == segStart && chunkEnd < segEnd && r.folded().charAt(chunkEnd) == ',') {
            // "Réunis à Washington, les dirigeants de l'Otan ont ...": a fronted phrase takes the subject that follows it
            fillFrom = chunkEnd + 1;
            fillTo = s.chunkEnd(chunkEnd + 1);
        }
        for (String side : List.of(dyad.sideA(), dyad.sideB())) {
            if (has(refs, side)) {
                continue;
            }
            ActorRef nearest = nearest(r, trigger, type, side, fillFrom, fillTo);
            if (nearest != null) {
                refs.add(nearest);
                int cs = s.chunkStart(nearest.start());
                int ce = s.chunkEnd(nearest.end());
                for (ActorRef a : r.actorsIn(cs, ce)) {
                    if (a != nearest && a.isPerson() && a.country().equals(side)) {
                        refs.add(a);
                    }
                }
            }
        }
        if (fillFrom != segStart || fillTo != segEnd) {
            // "Lors d'un entretien téléphonique, les ministres ..., Sergueï Lavrov et Qin Gang, ont ...": the subject's
            // apposition names who spoke when the subject itself does not
            for (String side : List.of(dyad.sideA(), dyad.sideB())) {
                if (!has(refs, side)) {
                    ActorRef nearest = nearest(r, trigger, type, side, segStart, segEnd);
                    if (nearest != null && nearest.isPerson()) {
                        refs.add(nearest);
                    }
                }
            }
        }
        for (String side : List.of(dyad.sideA(), dyad.sideB())) {
            boolean counterpartOfOther = refs.stream().anyMatch(a -> a.kind() == ActorKind.OFFICE
                && ParticipantResolver.COUNTERPART.equals(a.office()) && !a.country().equals(side))
                || counterpartSides.stream().anyMatch(c -> !c.equals(side));
            if (!has(refs, side) && counterpartOfOther) {
                // "le ministre s'est entretenu avec son homologue chinois Wang Yi": the subject holds Wang Yi's office on the other side
                refs.add(new ActorRef(trigger.start(), trigger.start(), side, ActorKind.OFFICE, List.of(),
                    ParticipantResolver.COUNTERPART, ""));
            }
        }
        Draft.Anaphora anaphora = Draft.Anaphora.NONE;
        if (!has(refs, dyad.sideA()) || !has(refs, dyad.sideB())) {
            for (Cue p : r.cuesIn(CueKind.PRONOUN, segStart, segEnd)) {
                ActorRef person = Anaphors.personBefore(r, p.start());
                if (person != null && !has(refs, person.country())) {
                    refs.add(person);
                }
            }
            List<Cue> anaphors = Anaphors.both(r, segStart, segEnd);
            boolean strong = anaphors.stream().anyMatch(Anaphors::strong);
            // "leur dernier entretien" beside one named side may be with anyone; only "les deux ..." reaches back
            boolean noActorButPlaces = r.actors().stream().allMatch(a -> a.kind() == ActorKind.PLACE);
            if (strong || (!anaphors.isEmpty() && noActorButPlaces)) {
                anaphora = Draft.Anaphora.BOTH;
            } else if (!r.cuesIn(CueKind.PRONOUN, segStart, segEnd).isEmpty()) {
                anaphora = Draft.Anaphora.PERSON;
            }
        }
        return new Chosen(refs, anaphora);
    }

    private static ActorRef namedAfter(SentenceReading r, ActorRef office) {
        if (office.kind() != ActorKind.OFFICE || !ParticipantResolver.COUNTERPART.equals(office.office())) {
            return null;
        }
        for (ActorRef a : r.actors()) {
            if (a.isPerson() && a.country().equals(office.country()) && a.start() >= office.end() && a.start() - office.end() <= 3
                && r.folded().substring(office.end(), a.start()).matches("[\\s,]*")) {
                return a;
            }
        }
        return null;
    }

    /**
     * Whoever speaks for a side rather than acting for it: spokespersons, and the presidential aide who briefs the press
     * on his president's calls and talks (Iouri Ouchakov in the Kremlin's readouts).
     */
    static boolean spokesperson(ActorRef a) {
        if (a.kind() == ActorKind.OFFICE) {
            return a.office() != null && speaksFor(a.office());
        }
        return a.isPerson() && !a.candidates().isEmpty() && a.candidates().stream()
            .allMatch(p -> !p.terms().isEmpty() && p.terms().stream().allMatch(t -> speaksFor(t.office())));
    }

    private static boolean speaksFor(String office) {
        return office.endsWith("spokesperson") || office.equals("presidential_aide");
    }

    /** The person a relative clause holding the trigger is about: "<person>, qui ... <trigger>". */
    private static ActorRef relativeAntecedent(SentenceReading r, Cue trigger, String side) {
        String f = r.folded();
        Matcher m = RELATIVE_WHO.matcher(f);
        m.region(Math.max(0, trigger.start() - 120), trigger.start());
        int who = -1;
        while (m.find()) {
            who = m.start();
        }
        if (who < 0 || f.indexOf(',', who + 1) >= 0 && f.indexOf(',', who + 1) < trigger.start()) {
            return null;
        }
        for (ActorRef a : r.actors()) {
            if (a.kind() != ActorKind.PLACE && a.country().equals(side) && a.end() <= who && who - a.end() <= 2) {
                return a;
            }
        }
        return null;
    }

    /** A place names a side only as the destination of a visit or the far end of a call. */
    private static boolean usable(ActorRef a, Cue trigger, EventType type) {
        if (spokesperson(a)) {
            // "le porte-parole Wang Wenbin a déclaré que les discussions ...": who reports talks did not hold them
            return false;
        }
        if (a.kind() == ActorKind.STATE && a.text().indexOf('-') > 0) {
            // "une rencontre sino-russe" names who met; "une foire commerciale sino-russe" does not
            return a.start() >= trigger.end() && a.start() - trigger.end() <= 2;
        }
        if (a.kind() != ActorKind.PLACE) {
            return true;
        }
        return type == EventType.CONTACT || (trigger.kind() == CueKind.VISIT && a.start() >= trigger.end());
    }

    private static ActorRef nearest(SentenceReading r, Cue trigger, EventType type, String side, int from, int to) {
        ActorRef best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ActorRef a : r.actorsIn(from, to)) {
            if (!a.country().equals(side) || !usable(a, trigger, type)) {
                continue;
            }
            if (org.entente.analyze.time.OtherClauses.isOther(r.folded(), a.start())
                && !org.entente.analyze.time.OtherClauses.isOther(r.folded(), trigger.start())) {
                // "la visite, la première depuis que Poutine a ordonné l'invasion": Putin is not the host
                continue;
            }
            int d = a.start() >= trigger.end() ? a.start() - trigger.end() : trigger.start() - a.end();
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean has(List<ActorRef> refs, String side) {
        return refs.stream().anyMatch(a -> a.country().equals(side));
    }

    private static String location(SentenceReading r, Cue trigger) {
        if (trigger.kind() == CueKind.CONTACT) {
            return "";
        }
        int end = r.segments().chunkEnd(trigger.end());
        Matcher m = LOCATION.matcher(r.folded());
        m.region(trigger.end(), end);
        if (m.find() && Words.between(r.folded(), trigger.end(), m.start()) <= 6) {
            return r.sentence().normalized().substring(m.start(1), m.end(1));
        }
        return "";
    }
}
