package io.spikewatch.job.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.job.sim.IncidentLabels;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code evaluate --alerts FILE --labels FILE}: scores an alerts file against simulator labels. */
final class EvaluateCommand {

    static final String HELP = """
            usage: java -jar spikewatch-local.jar evaluate --alerts FILE --labels FILE

            Scores an alerts NDJSON file (from replay) against the labels a simulated fleet file
            came with (fleet.labels.ndjson): incidents caught per kind, alert precision, F1, detection
            delay, and every false alert with the benign spike behind it, if any. An incident is
            caught by an alert on one of its hosts whose bucket overlaps [start - 15 min, end + 60 min].

              --alerts FILE   alerts NDJSON written by replay or demo
              --labels FILE   the simulator's labels
              --help          this text
            """;

    private final PrintStream out;

    EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] argv) throws Exception {
        Args a = Args.parse("evaluate", argv, Set.of("alerts", "labels"), Set.of("help"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        String alertsFile = a.one("evaluate", "alerts", null);
        String labelsFile = a.one("evaluate", "labels", null);
        if (alertsFile == null || labelsFile == null) {
            throw new Args.UsageException("evaluate: --alerts and --labels are required\n\n" + HELP);
        }
        IncidentLabels labels = IncidentLabels.read(Path.of(labelsFile));
        Evaluation e = Evaluation.evaluate(labels.incidents(), labels.benign(), readAlerts(Path.of(alertsFile)));
        out.print(e.format());
        out.println(e.summaryLine());
        return 0;
    }

    /** Host and bucket start of every alert document. */
    static List<Evaluation.Alert> readAlerts(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Evaluation.Alert> alerts = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                alerts.add(new Evaluation.Alert(doc.path("partition_field_value").asText(),
                        doc.path("timestamp").asLong()));
            }
        }
        return alerts;
    }
}
