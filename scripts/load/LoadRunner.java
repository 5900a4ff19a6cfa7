import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small load script for Family Ties pages and API, using only the JDK.
 *
 * <pre>
 * java scripts/load/LoadRunner.java --base http://localhost:8080 --user caseworker --password demo \
 *      --users 16 --requests 200 --warmup 20 "/people" "/people/{1..600}" "/api/v1/prisons"
 * </pre>
 *
 * Each virtual user signs in through the real sign-in form (with its CSRF token), then requests the given
 * paths in turn; {@code {a..b}} in a path is replaced by a random whole number in that range, {@code {x|y|z}}
 * by one of the words given, and {@code {@file}} by a random line of that file (case ids, URL-encoded search
 * terms). Paths starting
 * with {@code /api/} use a bearer token from {@code POST /api/v1/auth/token}. It prints, per path, the count,
 * errors, and the 50th, 95th and 99th percentile and maximum of the response time in milliseconds. On loopback
 * the response time is the server's time plus a fraction of a millisecond.
 *
 * <p>{@code --think-ms N} makes each virtual user pause before every request for a random time, exponentially
 * distributed with mean N milliseconds, as a person reads a page before the next click; without it (the default,
 * 0) every virtual user always has a request in flight, which measures the server at saturation. The last line
 * gives the throughput over the measured rounds.
 *
 * <p>A path written as {@code "POST /path name=value&name=value"} posts that form, with the CSRF token of the
 * last page the virtual user was given (so put the GET of the form before it); a redirect counts as success.
 */
public class LoadRunner {

    private static final Pattern RANGE = Pattern.compile("\\{(\\d+)\\.\\.(\\d+)}");
    private static final Pattern CHOICE = Pattern.compile("\\{([^{}.@]+(?:\\|[^{}.]+)+)}");
    private static final Pattern FILE_LINE = Pattern.compile("\\{@([^}]+)}");
    private static final java.util.Map<String, List<String>> FILE_LINES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:8080";
        String user = "caseworker";
        String password = "demo";
        int users = 1;
        int requests = 100;
        int warmup = 10;
        long thinkMs = 0;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--users" -> users = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--think-ms" -> thinkMs = Long.parseLong(args[++i]);
                default -> paths.add(args[i]);
            }
        }
        if (paths.isEmpty()) {
            System.err.println("Give at least one path to request");
            System.exit(2);
        }
        final String b = base, u = user, p = password;
        final int perUser = requests, warm = warmup;
        final long think = thinkMs;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<long[][]>> results = new ArrayList<>();
        for (int v = 0; v < users; v++) {
            results.add(pool.submit(() -> virtualUser(b, u, p, paths, perUser, warm, think)));
        }
        List<List<Long>> timings = new ArrayList<>();
        List<long[]> windows = new ArrayList<>();
        long[] errors = new long[paths.size()];
        for (int i = 0; i < paths.size(); i++) {
            timings.add(new ArrayList<>());
        }
        for (Future<long[][]> f : results) {
            long[][] r = f.get();
            windows.add(r[paths.size()]);
            for (int i = 0; i < paths.size(); i++) {
                for (long t : r[i]) {
                    if (t < 0) {
                        errors[i]++;
                    } else {
                        timings.get(i).add(t);
                    }
                }
            }
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d concurrent users, %d requests each per path, %s%n", users, requests,
                thinkMs == 0 ? "no think time (always a request in flight)" : "think time " + thinkMs + " ms (mean)");
        System.out.printf(Locale.ROOT, "%-40s %7s %6s %8s %8s %8s %8s%n", "path", "count", "errors", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        for (int i = 0; i < paths.size(); i++) {
            long[] sorted = timings.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-40s %7d %6d %8.1f %8.1f %8.1f %8.1f%n", paths.get(i), sorted.length,
                    errors[i], pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }
        long first = Long.MAX_VALUE, last = 0, count = 0;
        for (long[] w : windows) {
            first = Math.min(first, w[0]);
            last = Math.max(last, w[1]);
            count += w[2];
        }
        System.out.printf(Locale.ROOT, "throughput %.1f requests/s over the measured rounds%n",
                count * 1e9 / Math.max(1, last - first));
    }

    /** The timings per path, then one row: start and end (nanoTime) of the measured rounds and their request count. */
    private static long[][] virtualUser(String base, String user, String password, List<String> paths, int requests,
                                        int warmup, long thinkMs) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String csrf = signIn(client, base, user, password);
        String token = paths.stream().anyMatch(x -> x.startsWith("/api/")) ? token(client, base, user, password) : null;
        long[][] out = new long[paths.size() + 1][];
        for (int i = 0; i < paths.size(); i++) {
            out[i] = new long[requests];
        }
        long measuredFrom = 0;
        for (int round = -warmup; round < requests; round++) {
            if (round == 0) {
                measuredFrom = System.nanoTime();
            }
            for (int i = 0; i < paths.size(); i++) {
                if (thinkMs > 0) {
                    double pause = -thinkMs * Math.log(1 - ThreadLocalRandom.current().nextDouble());
                    Thread.sleep((long) Math.min(pause, 5.0 * thinkMs));
                }
                String path = expand(paths.get(i));
                boolean post = path.startsWith("POST ");
                HttpRequest.Builder req;
                if (post) {
                    String[] target = path.substring(5).strip().split(" ", 2);
                    path = target[0];
                    String form = (target.length > 1 ? target[1] + "&" : "") + "_csrf=" + csrf;
                    req = HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form));
                } else {
                    req = HttpRequest.newBuilder(URI.create(base + path)).GET();
                }
                if (path.startsWith("/api/")) {
                    req.header("Authorization", "Bearer " + token);
                }
                long start = System.nanoTime();
                HttpResponse<byte[]> res = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
                long took = System.nanoTime() - start;
                if (!post && res.statusCode() == 200) {
                    Matcher m = CSRF.matcher(new String(res.body(), java.nio.charset.StandardCharsets.UTF_8));
                    if (m.find()) {
                        csrf = m.group(1);
                    }
                }
                if (round >= 0) {
                    // 404 is an answer too (ids in a range may fall outside the user's prisons)
                    boolean ok = post ? res.statusCode() == 302 || res.statusCode() == 303
                            : res.statusCode() == 200 || res.statusCode() == 404;
                    out[i][round] = ok ? took : -1;
                }
            }
        }
        out[paths.size()] = new long[] {measuredFrom, System.nanoTime(), (long) requests * paths.size()};
        return out;
    }

    /** Signs in; returns the CSRF token of the first page after signing in. */
    private static String signIn(HttpClient client, String base, String user, String password) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + user + "&password=" + password + "&_csrf=" + m.group(1);
        HttpResponse<String> res = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = res.headers().firstValue("Location").orElse("");
        if (location.contains("sign-in")) {
            throw new IllegalStateException("Sign-in refused for " + user + ": " + location);
        }
        Matcher after = CSRF.matcher(client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return after.find() ? after.group(1) : "";
    }

    private static String token(HttpClient client, String base, String user, String password) throws Exception {
        String body = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = TOKEN.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No token: " + body);
        }
        return m.group(1);
    }

    private static String expand(String path) {
        Matcher m = RANGE.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            long lo = Long.parseLong(m.group(1));
            long hi = Long.parseLong(m.group(2));
            m.appendReplacement(sb, Long.toString(ThreadLocalRandom.current().nextLong(lo, hi + 1)));
        }
        m.appendTail(sb);
        Matcher c = CHOICE.matcher(sb.toString());
        StringBuilder chosen = new StringBuilder();
        while (c.find()) {
            String[] options = c.group(1).split("\\|");
            c.appendReplacement(chosen, Matcher.quoteReplacement(options[ThreadLocalRandom.current().nextInt(options.length)]));
        }
        c.appendTail(chosen);
        Matcher f = FILE_LINE.matcher(chosen.toString());
        StringBuilder out = new StringBuilder();
        while (f.find()) {
            List<String> lines = FILE_LINES.computeIfAbsent(f.group(1), LoadRunner::lines);
            f.appendReplacement(out, Matcher.quoteReplacement(lines.get(ThreadLocalRandom.current().nextInt(lines.size()))));
        }
        f.appendTail(out);
        return out.toString();
    }

    private static List<String> lines(String file) {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of(file)).stream().filter(l -> !l.isBlank()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(idx, sorted.length - 1))] / 1e6;
    }

}
