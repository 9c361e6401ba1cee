package org.entente.bench;

import java.util.SplittableRandom;

/**
 * Sentences with no Chinese–Russian event in them: the bulk of any newsroom's text. They are
 * assembled from fragments (subject, verb, complement, tail) so that a large corpus does not repeat
 * the same few sentences, which would flatter caches and hide the cost of real text. None names
 * China or Russia, so none may produce a mention.
 */
final class FillerSentences {

    private static final String[] ECONOMY_SUBJECTS = {"la Bourse de Paris", "l'indice CAC 40", "le prix du baril de Brent",
        "le taux de chômage en zone euro", "la production industrielle allemande", "le cours de l'or",
        "la vente de voitures électriques en Europe", "le déficit commercial français", "l'inflation au Royaume-Uni",
        "le moral des ménages", "l'activité dans le secteur des services", "le prix du blé sur le marché européen",
        "l'investissement des entreprises", "le nombre de créations d'entreprises", "la consommation d'électricité"};
    private static final String[] ECONOMY_VERBS = {"a progressé de", "a reculé de", "a varié de",
        "a gagné", "a perdu", "a augmenté de", "a fléchi de", "a rebondi de"};
    private static final String[] ECONOMY_TAILS = {"sur un mois", "en un an", "au troisième trimestre",
        "selon les chiffres publiés par l'Insee", "selon les analystes interrogés", "depuis le début de l'année",
        "par rapport à la même période de l'an passé", "malgré la hausse des taux d'intérêt",
        "dans un marché prudent", "à la veille de la réunion de la Banque centrale européenne"};

    private static final String[] WEATHER_SUBJECTS = {"de fortes pluies", "des chutes de neige", "des vents violents",
        "des orages de grêle", "des températures record", "des crues soudaines"};
    private static final String[] WEATHER_SUBJECTS_SINGULAR = {"un épisode de canicule", "un brouillard épais",
        "une vague de froid", "une sécheresse persistante", "une tempête hivernale"};
    private static final String[] WEATHER_VERBS = {"ont touché", "ont frappé", "sont attendues sur", "ont balayé",
        "pèsent sur", "ont traversé"};
    private static final String[] WEATHER_VERBS_SINGULAR = {"a touché", "a frappé", "est attendu sur", "a balayé",
        "pèse sur", "a traversé"};
    private static final String[] WEATHER_PLACES = {"le sud-ouest de la France", "la vallée du Rhône", "les côtes bretonnes",
        "le nord de l'Italie", "les Alpes suisses", "la plaine d'Alsace", "le littoral méditerranéen",
        "l'ouest de l'Espagne", "les Pays-Bas", "le Massif central"};
    private static final String[] WEATHER_TAILS = {"selon les services météorologiques", "provoquant des coupures de courant",
        "perturbant le trafic ferroviaire", "jusqu'à la fin de la semaine", "au grand dam des agriculteurs",
        "obligeant plusieurs écoles à fermer", "avant une nette amélioration attendue dimanche"};

    private static final String[] TEAMS = {"l'Olympique lyonnais", "le Paris Saint-Germain", "le XV de France",
        "l'équipe de France féminine de handball", "le Stade toulousain", "l'AS Monaco", "le RC Lens",
        "l'équipe de France de basket", "le Stade rochelais", "l'OGC Nice"};
    private static final String[] OPPONENTS = {"le Real Madrid", "l'Irlande", "la Norvège", "le FC Barcelone",
        "le Leinster", "l'Inter Milan", "le Danemark", "la Serbie", "le Bayern Munich", "l'Écosse"};
    private static final String[] SPORT_VERBS = {"l'a emporté contre", "a perdu contre", "a fait match nul contre",
        "a renversé", "a dominé", "a tenu tête à"};
    private static final String[] SPORT_TAILS = {"samedi soir", "devant un public conquis", "en quart de finale",
        "au terme d'un match serré", "malgré l'absence de son capitaine", "sous une pluie battante",
        "lors de la dernière journée de la phase de groupes"};

    private static final String[] LEADERS = {"le président français", "le chancelier allemand",
        "la présidente de la Commission européenne", "le Premier ministre indien", "le président brésilien",
        "le ministre turc des Affaires étrangères", "la ministre canadienne des Affaires étrangères",
        "le roi d'Espagne", "le Premier ministre japonais", "le président sud-africain"};
    private static final String[] GUESTS = {"son homologue argentin", "le roi du Maroc", "le président kenyan",
        "la Première ministre italienne", "le Premier ministre australien", "le président mexicain",
        "la présidente de la Tanzanie", "le Premier ministre polonais", "le chef de la diplomatie égyptienne"};
    private static final String[] DIPLOMACY_VERBS = {"a reçu", "s'est entretenu avec", "a rencontré", "a accueilli",
        "a déjeuné avec"};
    private static final String[] DIPLOMACY_TAILS = {"pour évoquer la transition énergétique",
        "afin de préparer le prochain sommet du G20", "au sujet des échanges commerciaux",
        "lors d'une visite de deux jours", "pour parler de la sécurité alimentaire",
        "en vue d'un accord sur les minerais critiques", "à l'occasion d'un forum sur le climat"};

    private static final String[] CLAUSES = {
        "alors que les investisseurs restent attentifs aux prochaines décisions des banques centrales",
        "un résultat supérieur aux prévisions des économistes, qui tablaient sur une évolution bien plus modeste",
        "ce qui relance le débat sur la capacité des collectivités locales à faire face à ce type d'événement",
        "selon un bilan provisoire communiqué en fin de journée par les autorités régionales",
        "au terme d'une semaine marquée par une forte incertitude sur les marchés comme dans les chancelleries",
        "une première depuis plus de dix ans, d'après les archives consultées par notre rédaction",
        "tandis que les syndicats appellent à une nouvelle journée de mobilisation avant la fin du mois",
        "dans un contexte de tensions commerciales persistantes entre l'Union européenne et ses partenaires",
        "ce que plusieurs experts interrogés jugent encore insuffisant pour inverser la tendance",
        "et les organisateurs espèrent attirer davantage de visiteurs lors de la prochaine édition"};

    private static final String[] OPENERS = {"", "", "", "", "Par ailleurs, ", "Dans le même temps, ",
        "Selon plusieurs observateurs, ", "De son côté, ", "Au même moment, "};

    private FillerSentences() {
    }

    static String next(SplittableRandom random) {
        String opener = pick(random, OPENERS);
        String body = switch (random.nextInt(4)) {
            case 0 -> pick(random, ECONOMY_SUBJECTS) + " " + pick(random, ECONOMY_VERBS) + " " + percent(random) + " "
                + pick(random, ECONOMY_TAILS);
            case 1 -> (random.nextBoolean()
                    ? pick(random, WEATHER_SUBJECTS) + " " + pick(random, WEATHER_VERBS)
                    : pick(random, WEATHER_SUBJECTS_SINGULAR) + " " + pick(random, WEATHER_VERBS_SINGULAR))
                + " " + pick(random, WEATHER_PLACES) + ", " + pick(random, WEATHER_TAILS);
            case 2 -> pick(random, TEAMS) + " " + pick(random, SPORT_VERBS) + " " + pick(random, OPPONENTS) + " ("
                + random.nextInt(45) + "-" + random.nextInt(45) + ") " + pick(random, SPORT_TAILS);
            default -> pick(random, LEADERS) + " " + pick(random, DIPLOMACY_VERBS) + " " + pick(random, GUESTS) + " "
                + pick(random, DIPLOMACY_TAILS);
        };
        // Press sentences run to some 250 characters; most filler gets a second clause to match.
        String clause = random.nextInt(10) < 7 ? ", " + pick(random, CLAUSES) : "";
        return Sentences.capitalize(opener + body) + clause + ".";
    }

    static String title(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> "L'essentiel de l'actualité internationale";
            case 1 -> "Revue de presse : diplomatie, marchés et météo";
            case 2 -> "Ce qu'il faut retenir de la semaine";
            default -> "Chronique du " + FrenchCalendar.weekday(random);
        };
    }

    private static String percent(SplittableRandom random) {
        return random.nextInt(12) + "," + random.nextInt(10) + " %";
    }

    static String pick(SplittableRandom random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
