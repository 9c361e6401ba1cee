package org.entente.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Who held which office in the generated period, and the pairs of Chinese and Russian officials
 * that plausibly talk to each other. Facts (names, offices, dates of office) only; the months at
 * which an office changed hands are left out so that the expected names are never ambiguous.
 */
final class Officials {

    static final YearMonth FIRST_MONTH = YearMonth.of(2023, 1);
    static final int MONTHS = 24;

    private static final YearMonth OPEN_START = YearMonth.of(2000, 1);
    private static final YearMonth OPEN_END = YearMonth.of(2099, 12);

    static final Official XI = chn("Xi Jinping", OPEN_START, OPEN_END,
        "le président chinois Xi Jinping", "le chef de l'État chinois Xi Jinping", "Xi Jinping");
    static final Official LI_QIANG = chn("Li Qiang", YearMonth.of(2023, 4), OPEN_END,
        "le Premier ministre chinois Li Qiang", "Li Qiang");
    static final Official WANG_YI = chn("Wang Yi", OPEN_START, OPEN_END,
        "le plus haut diplomate chinois Wang Yi", "Wang Yi");
    static final Official WANG_YI_MINISTER = chn("Wang Yi", YearMonth.of(2023, 8), OPEN_END,
        "le ministre chinois des Affaires étrangères Wang Yi", "le chef de la diplomatie chinoise Wang Yi", "Wang Yi");
    static final Official QIN_GANG = chn("Qin Gang", OPEN_START, YearMonth.of(2023, 6),
        "le ministre chinois des Affaires étrangères Qin Gang", "Qin Gang");
    static final Official MA_ZHAOXU = chn("Ma Zhaoxu", OPEN_START, OPEN_END,
        "le vice-ministre chinois des Affaires étrangères Ma Zhaoxu", "Ma Zhaoxu");
    static final Official LI_SHANGFU = chn("Li Shangfu", YearMonth.of(2023, 4), YearMonth.of(2023, 8),
        "le ministre chinois de la Défense Li Shangfu", "Li Shangfu");
    static final Official DONG_JUN = chn("Dong Jun", YearMonth.of(2024, 1), OPEN_END,
        "le ministre chinois de la Défense Dong Jun", "l'amiral Dong Jun");

    static final Official PUTIN = rus("Vladimir Poutine", OPEN_START, OPEN_END,
        "le président russe Vladimir Poutine", "le chef du Kremlin Vladimir Poutine", "Vladimir Poutine");
    static final Official MISHUSTIN = rus("Mikhaïl Michoustine", OPEN_START, OPEN_END,
        "le Premier ministre russe Mikhaïl Michoustine", "le chef du gouvernement russe Mikhaïl Michoustine",
        "Mikhaïl Michoustine");
    static final Official LAVROV = rus("Sergueï Lavrov", OPEN_START, OPEN_END,
        "le ministre russe des Affaires étrangères Sergueï Lavrov", "le chef de la diplomatie russe Sergueï Lavrov",
        "Sergueï Lavrov");
    static final Official PATRUSHEV = rus("Nikolai Patrushev", OPEN_START, YearMonth.of(2024, 4),
        "le secrétaire du Conseil de sécurité russe Nikolai Patrushev", "Nikolaï Patrouchev");
    static final Official SHOIGU_DEFENCE = rus("Sergueï Choïgou", OPEN_START, YearMonth.of(2024, 4),
        "le ministre russe de la Défense Sergueï Choïgou", "Sergei Shoigu");
    static final Official SHOIGU_SECURITY = rus("Sergueï Choïgou", YearMonth.of(2024, 6), OPEN_END,
        "le secrétaire du Conseil de sécurité russe Sergueï Choïgou", "Sergueï Choïgou");
    static final Official BELOUSOV = rus("Andreï Belooussov", YearMonth.of(2024, 6), OPEN_END,
        "le ministre russe de la Défense Andreï Belooussov", "Andreï Belooussov");
    static final Official RUDENKO = rus("Andrey Rudenko", OPEN_START, OPEN_END,
        "le vice-ministre russe des Affaires étrangères Andrey Rudenko", "Andreï Roudenko");

    /** Counterparts that meet or call each other; both must be in office in the article's month. */
    private static final List<Official[]> COUNTERPARTS = List.of(
        pair(XI, PUTIN), pair(XI, PUTIN), pair(XI, PUTIN),
        pair(WANG_YI, LAVROV), pair(WANG_YI_MINISTER, LAVROV), pair(QIN_GANG, LAVROV),
        pair(LI_QIANG, MISHUSTIN), pair(WANG_YI, PATRUSHEV), pair(WANG_YI, SHOIGU_SECURITY),
        pair(LI_SHANGFU, SHOIGU_DEFENCE), pair(DONG_JUN, SHOIGU_DEFENCE), pair(DONG_JUN, BELOUSOV),
        pair(MA_ZHAOXU, RUDENKO), pair(WANG_YI, PUTIN), pair(XI, LAVROV), pair(XI, MISHUSTIN));

    private static final List<List<Official[]>> BY_MONTH = byMonth();

    private Officials() {
    }

    /** The counterpart pairs in office in the n-th generated month (0-based). */
    static List<Official[]> pairs(int monthIndex) {
        return BY_MONTH.get(monthIndex);
    }

    private static List<List<Official[]>> byMonth() {
        List<List<Official[]>> months = new ArrayList<>(MONTHS);
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = FIRST_MONTH.plusMonths(i);
            months.add(COUNTERPARTS.stream().filter(p -> p[0].inOffice(month) && p[1].inOffice(month)).toList());
        }
        return List.copyOf(months);
    }

    private static Official[] pair(Official a, Official b) {
        return new Official[] {a, b};
    }

    private static Official chn(String name, YearMonth from, YearMonth to, String... forms) {
        return new Official(name, "CHN", forms, from, to);
    }

    private static Official rus(String name, YearMonth from, YearMonth to, String... forms) {
        return new Official(name, "RUS", forms, from, to);
    }
}
