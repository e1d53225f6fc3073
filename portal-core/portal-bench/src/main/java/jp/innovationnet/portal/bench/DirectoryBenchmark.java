package jp.innovationnet.portal.bench;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the member directory's search on a running portal with 1,000 organizations and then, in the same run,
 * with 10,000: seeds them through the registry's CSV import ({@code POST /api/registry/import}, 1,000 rows per
 * file, as the secretariat), each with five contact people (the portal keeps no people records of its own: users
 * live in Keycloak, so the 50,000 "users" are the organizations' contacts), then runs a mix of realistic searches
 * at 32 concurrent clients as a member's staff: Japanese kanji, kana readings, half-width katakana, a legal form,
 * English words, filters, English order and cursor paging (three pages). Prints throughput and p50/p90/p99/max for
 * both sizes and the 10k/1k ratios. The portal must be fresh (no organizations {@code bench-*} yet).
 *
 * <p>Settings (system properties): as {@link Portal}, plus {@code clients} (32), {@code seconds} (30 per timed
 * run), {@code warmup} (15 s before each timed run; twice that before the first), {@code small} (1000),
 * {@code large} (10000), {@code user} (tama.staff), {@code admin} (jilc.secretariat), {@code password}
 * (portal-demo).
 */
public final class DirectoryBenchmark {

    /** The search mix; each client goes through it from its own starting point. */
    static final List<String> MIX = List.of(
            "q=%E7%94%A3%E6%A5%AD%E6%8C%AF%E8%88%88",                              // 産業振興
            "q=%E3%81%82%E3%81%8A%E3%82%82%E3%82%8A",                              // あおもり (reading)
            "q=%EF%BD%BE%EF%BE%9D%EF%BE%80%EF%BD%B0",                              // ｾﾝﾀｰ (half-width)
            "q=%E3%81%95%E3%82%93%E3%81%8E%E3%82%87%E3%81%86",                    // さんぎょう (reading)
            "q=%E8%B2%A1%E5%9B%A3%E6%B3%95%E4%BA%BA%E5%B2%A9%E6%89%8B",            // 財団法人岩手
            "q=Industrial+Promotion",
            "q=aomori+center",
            "region=Kanto&field=it",
            "q=%E6%94%AF%E6%8F%B4&prefecture=13",                                  // 支援, Tokyo
            "sort=name-en&kind=member",
            "q=%E3%83%90%E3%82%A4%E3%82%AA&field=life-science&sort=name-en",      // バイオ
            "q=%E7%A0%94%E7%A9%B6%E6%89%80&region=Kyushu",                         // 研究所
            "q=%E3%82%BB%E3%83%B3%E3%82%BF%E3%83%BC&limit=20");                    // センター, then 2 more pages

    private static final String PAGED = MIX.get(MIX.size() - 1);
    private static final int PAGES = 3;
    private static final Pattern NEXT = Pattern.compile("\"next\":\"([A-Za-z0-9_-]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private DirectoryBenchmark() {
    }

    /** @param args unused; see the class comment for settings */
    public static void main(String[] args) throws Exception {
        Portal portal = new Portal();
        int clients = Integer.getInteger("clients", 32);
        int seconds = Integer.getInteger("seconds", 30);
        int warmup = Integer.getInteger("warmup", 15);
        int small = Integer.getInteger("small", 1000);
        int large = Integer.getInteger("large", 10000);
        System.out.printf(Locale.ROOT, "Directory benchmark: %d clients, %d s per run after %d s warm-up; %d then %d"
                + " organizations (%d contacts each)%n", clients, seconds, warmup, small, large,
                BenchOrganizations.CONTACTS);

        seed(portal, 0, small);
        Load.Result smallResult = measure(portal, small, clients, 2 * warmup, seconds);
        seed(portal, small, large);
        Load.Result largeResult = measure(portal, large, clients, warmup, seconds);

        System.out.println();
        System.out.println(smallResult.line(String.format(Locale.ROOT, "search mix, %,d organizations", small)));
        System.out.println(largeResult.line(String.format(Locale.ROOT, "search mix, %,d organizations", large)));
        double p50 = ratio(largeResult, smallResult, 50);
        double p99 = ratio(largeResult, smallResult, 99);
        System.out.printf(Locale.ROOT, "%,d/%,d ratio: p50 %.2fx, p99 %.2fx, throughput %.2fx (target: cost < 1.5x)%n",
                large, small, p50, p99, smallResult.throughput() / largeResult.throughput());
    }

    private static double ratio(Load.Result large, Load.Result small, double percentile) {
        return (double) large.histogram().getValueAtPercentile(percentile)
                / small.histogram().getValueAtPercentile(percentile);
    }

    private static void seed(Portal portal, int from, int to) throws Exception {
        String token = Portal.token(System.getProperty("admin", "jilc.secretariat"), password());
        long begin = System.nanoTime();
        for (int chunk = from; chunk < to; chunk += 1000) {
            int end = Math.min(to, chunk + 1000);
            HttpResponse<String> response = portal.post("/api/registry/import?file=bench-" + chunk + ".csv",
                    "text/csv", BenchOrganizations.csv(chunk, end), token);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("import of organizations " + chunk + "-" + end + " answered "
                        + response.statusCode() + ": " + response.body().substring(0,
                        Math.min(2000, response.body().length())));
            }
        }
        System.out.printf(Locale.ROOT, "seeded organizations %,d-%,d with %,d contacts through the CSV import: %.1f s%n",
                from, to - 1, (to - from) * BenchOrganizations.CONTACTS, (System.nanoTime() - begin) / 1e9);
    }

    private static Load.Result measure(Portal portal, int size, int clients, int warmup, int seconds)
            throws Exception {
        String token = Portal.token(System.getProperty("user", "tama.staff"), password());
        StringBuilder totals = new StringBuilder();
        for (String query : MIX) {
            HttpResponse<String> response = portal.get("/api/directory/organizations?" + query, token);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(query + " answered " + response.statusCode() + ": " + response.body());
            }
            Matcher total = TOTAL.matcher(response.body());
            totals.append(total.find() ? total.group(1) : "?").append(' ');
        }
        System.out.printf(Locale.ROOT, "matches per query of the mix at %,d: %s%n", size, totals.toString().strip());
        Searches searches = new Searches(portal, token, clients);
        Load.run(clients, warmup, searches::next);
        Load.Result result = Load.run(clients, seconds, searches::next);
        System.out.println(result.line(String.format(Locale.ROOT, "search mix, %,d organizations", size)));
        return result;
    }

    private static String password() {
        return System.getProperty("password", "portal-demo");
    }

    /** Each client's place in the mix, and the cursor it follows when paging. */
    private static final class Searches {
        private final Portal portal;
        private final String token;
        private final int[] position;
        private final String[] cursor;
        private final int[] page;

        Searches(Portal portal, String token, int clients) {
            this.portal = portal;
            this.token = token;
            this.position = new int[clients];
            this.cursor = new String[clients];
            this.page = new int[clients];
            for (int i = 0; i < clients; i++) {
                position[i] = i % MIX.size();
            }
        }

        boolean next(int worker) throws Exception {
            String query;
            if (cursor[worker] != null) {
                query = PAGED + "&cursor=" + cursor[worker];
            } else {
                query = MIX.get(position[worker]);
                position[worker] = (position[worker] + 1) % MIX.size();
                page[worker] = 0;
            }
            HttpResponse<String> response = portal.get("/api/directory/organizations?" + query, token);
            cursor[worker] = null;
            if (query.startsWith(PAGED) && ++page[worker] < PAGES) {
                Matcher next = NEXT.matcher(response.body());
                if (next.find()) {
                    cursor[worker] = next.group(1);
                }
            }
            return response.statusCode() == 200;
        }
    }
}
