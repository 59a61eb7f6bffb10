package io.spikewatch.job.report;

import static io.spikewatch.job.report.ReportFixtures.BUCKET;
import static io.spikewatch.job.report.ReportFixtures.FS;
import static io.spikewatch.job.report.ReportFixtures.HOSTILE;
import static io.spikewatch.job.report.ReportFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.spikewatch.job.ReplayRunner;
import io.spikewatch.model.AnomalyRecord;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The structure of report.html: charts per alerted host, the alert table, counters, escaping, no network. */
class ReportWriterTest {

    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);

    private final String html = ReportWriter.render(ReportFixtures.report());

    private static List<String> svgs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private static String section(String html, String id) {
        int from = html.indexOf("id=\"" + id + "\"");
        int to = html.indexOf("</table>", from);
        return html.substring(from, to);
    }

    @Test
    void oneChartPerAlertedHostInTableOrder() {
        List<String> charts = svgs(html);
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0)).contains("<title>FS-0004: remote transfers per bucket</title>");
        assertThat(html.indexOf("<h3>FS-0004</h3>")).isLessThan(html.indexOf("<h3>&lt;script&gt;"));
    }

    @Test
    void everyChartIsWellFormedSvg() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        for (String svg : svgs(html)) {
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(d.getDocumentElement().getTagName()).isEqualTo("svg");
        }
    }

    @Test
    void bandBreaksAtBucketsWithoutTransfersAndAlertsAreMarked() {
        List<String> charts = svgs(html);
        // FS-0004: two days with one gap of empty buckets -> two band polygons, one alert dot.
        assertThat(count(charts.get(0), "<polygon ")).isEqualTo(2);
        assertThat(count(charts.get(0), "<circle ")).isEqualTo(1);
        assertThat(count(charts.get(0), "<polyline class=\"actual\"")).isEqualTo(1);
        // The hostile host: two isolated scored buckets -> two polygons, two alerts.
        assertThat(count(charts.get(1), "<polygon ")).isEqualTo(2);
        assertThat(count(charts.get(1), "<circle ")).isEqualTo(2);
        assertThat(charts.get(0)).contains("<title>2024-03-05 10:00 UTC: actual 812, typical 4.0, score 93.4</title>");
    }

    @Test
    void alertTableHasEveryAlertWithItsColumns() {
        String table = section(html, "alerts");
        assertThat(count(table, "<tr>")).isEqualTo(1 + 3);
        assertThat(table).contains("<th>time (UTC)</th><th>host</th><th>actual</th><th>typical</th><th>score</th>"
                + "<th>kind</th><th>reason</th>");
        assertThat(table).contains("<td>2024-03-05 10:00</td><td><a href=\"#host-1\">FS-0004</a></td>"
                + "<td class=\"num\">812</td><td class=\"num\">4.0</td><td class=\"num\">93.4</td><td>burst</td>");
        assertThat(table).contains("<td>sustained</td>");
        assertThat(table).contains("FS-0004 received 812 remote file transfers between 10:00 and 10:15 UTC");
    }

    /** Held-back records get a table of their own, saying which rule held each; they are not alerts. */
    @Test
    void heldBackRecordsAreListedApartWithTheRuleThatHeldThem() {
        String table = section(html, "held");
        assertThat(count(table, "<tr>")).isEqualTo(1 + 1);
        assertThat(table).contains("<td>2024-03-05 12:00</td><td>APP-0007</td>", "held back, not alerted: an account"
                + " with bursts on three or more hosts over several days");
        assertThat(section(html, "alerts")).doesNotContain("APP-0007");
        assertThat(svgs(html)).as("held hosts are not charted").hasSize(2);
        assertThat(ReportWriter.render(new Report("none held", BUCKET, ReportFixtures.alerts(), List.of(), Map.of(),
                Map.of()))).doesNotContain("id=\"held\"");
    }

    @Test
    void dataIsEscaped() {
        assertThat(html).doesNotContain("<script", "<b>", HOSTILE, "ev<b>il");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;ws&quot;01");
        assertThat(html).contains("ev&lt;b&gt;il&amp;co");
        assertThat(html).contains("<title>spikewatch test run &lt;1&gt;</title>");
    }

    @Test
    void selfContained() {
        assertThat(html.toLowerCase()).doesNotContain("http://", "https://", "<link", "<script", " src=", "@import",
                "url(");
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    }

    @Test
    void countersPresent() {
        String counters = section(html, "counters");
        assertThat(counters).contains("<tr><td>lines_read</td><td class=\"num\">12,345</td></tr>",
                "<tr><td>transfers_accepted</td><td class=\"num\">6,789</td></tr>",
                "<tr><td>alerts_written</td><td class=\"num\">3</td></tr>");
    }

    @Test
    void sameReportSameBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/report.html");
        ReportWriter.write(file, ReportFixtures.report());
        assertThat(Files.readString(file)).isEqualTo(html);
    }

    @Test
    void noAlertsNoCharts() {
        String empty = ReportWriter.render(new Report("empty", BUCKET, List.of(), List.of(), Map.of(), Map.of("lines_read", 0L)));
        assertThat(svgs(empty)).isEmpty();
        assertThat(empty).contains("<p>No alerts.</p>", "<td>lines_read</td>");
    }

    @Test
    void replayKeepsOnlyTheAlertedHostsSeriesInTimeOrder() {
        List<AnomalyRecord> alerts = ReportFixtures.alerts();
        SeriesPoint late = new SeriesPoint(T0 + BUCKET, 3, 1, 2, 0, false);
        SeriesPoint early = new SeriesPoint(T0, 2, 1, 2, 0, false);
        Map<String, List<SeriesPoint>> kept = ReplayRunner.seriesOfAlerted(Map.of(
                FS, List.of(late, early),
                "quiet-01", List.of(early)), alerts);
        assertThat(kept).containsOnlyKeys(FS);
        assertThat(kept.get(FS)).containsExactly(early, late);
        assertThat(kept).doesNotContainKey(HOSTILE);
    }

    @Test
    void scaleFollowsCountsNotTheLearningBand() {
        String fs = svgs(html).get(0);
        assertThat(fs).contains(">1000</text>").doesNotContain(">5000</text>");
    }

    @Test
    void yAxisTicksAreRoundAndIncreasing() {
        assertThat(SvgChart.niceCeiling(812)).isEqualTo(1000);
        assertThat(SvgChart.niceCeiling(12)).isEqualTo(20);
        assertThat(SvgChart.niceCeiling(1)).isEqualTo(1);
        assertThat(SvgChart.yTicks(1000)).containsExactly(0.0, 50.0, 200.0, 500.0, 1000.0);
        assertThat(SvgChart.yTicks(1)).containsExactly(0.0, 1.0);
    }
}
