package io.spikewatch.connectors.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.HoldReason;
import io.spikewatch.model.TransferLocations;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertDocumentTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** 2024-03-05T10:00:00Z, the start of the alerted bucket. */
    private static final long T0 = 1_709_632_800_000L;
    private static final long BUCKET = 15 * 60 * 1000L;
    private static final String HOST = "FS-0004";
    private static final RuleSettings RULE = RuleSettings.defaults();

    /** 740 writes by svc_admin from 10.0.3.7 and 72 by jdoe from 10.0.5.9, all through System. */
    private static BucketSummary summary() {
        BucketSummary s = BucketSummary.empty(T0);
        for (int i = 0; i < 812; i++) {
            boolean admin = i < 740;
            s.add(FileEvent.builder()
                    .timestampMs(T0 + 1000L * i)
                    .hostName(HOST)
                    .hostId("h-4")
                    .userName(admin ? "svc_admin" : "jdoe")
                    .userId(admin ? "S-1-5-21-500" : "S-1-5-21-1107")
                    .sourceIp(admin ? "10.0.3.7" : "10.0.5.9")
                    .signatureTrusted(true)
                    .fileName("f" + i + (i % 2 == 0 ? ".dll" : ".exe"))
                    .filePath("C:\\Windows\\Temp\\f" + i + (i % 2 == 0 ? ".dll" : ".exe"))
                    .fileDirectory("C:\\Windows\\Temp")
                    .fileExtension(i % 2 == 0 ? "dll" : "exe")
                    .fileSize(1000)
                    .build(), TransferLocations.DEFAULT);
        }
        return s;
    }

    /** A bucket of one file {@code name} written by {@code user} into {@code dir} (path separator {@code sep}). */
    private static BucketSummary oneFile(String user, String dir, String sep, String name) {
        BucketSummary s = BucketSummary.empty(T0);
        s.add(FileEvent.builder().timestampMs(T0).hostName(HOST).userName(user).fileName(name)
                .filePath(dir + sep + name).fileDirectory(dir).build(), TransferLocations.DEFAULT);
        return s;
    }

    private static AnomalyRecord single() {
        return new AnomalyRecord(HOST, T0, BUCKET, 812, 190.4, 402.25, 1.2345e-9, 93.4, -2.1,
                0, 0, 0, false, summary());
    }

    private static AnomalyRecord sustained() {
        return new AnomalyRecord(HOST, T0, BUCKET, 240, 190.2, 402.25, 3.2e-5, 75.9, 4.2,
                6, 1320, 1140.4, false, summary());
    }

    private static JsonNode doc(AnomalyRecord r) throws Exception {
        return MAPPER.readTree(AlertDocument.toJson(r, RULE));
    }

    @Test
    void alertFieldsAsKibanaWritesThem() throws Exception {
        JsonNode d = doc(single());

        assertThat(d.get("@timestamp").asText()).as("bucket end").isEqualTo("2024-03-05T10:15:00.000Z");
        assertThat(d.get("kibana.alert.uuid").asText()).isEqualTo("625ee555-b628-40b0-942a-b9311495a6e1");
        assertThat(d.get("kibana.alert.original_time").asText()).isEqualTo("2024-03-05T10:00:00.000Z");
        assertThat(d.get("kibana.alert.status").asText()).isEqualTo("active");
        assertThat(d.get("kibana.alert.workflow_status").asText()).isEqualTo("open");
        assertThat(d.get("kibana.alert.depth").isInt()).isTrue();
        assertThat(d.get("kibana.alert.depth").asInt()).isEqualTo(1);
        assertThat(d.get("kibana.alert.severity").asText()).isEqualTo("low");
        assertThat(d.get("kibana.alert.risk_score").asInt()).isEqualTo(21);
        assertThat(d.get("kibana.alert.anomaly_score").asDouble()).isEqualTo(93.4);
        assertThat(texts(d.get("kibana.space_ids"))).containsExactly("default");
        assertThat(d.get("kibana.alert.reason").asText()).isEqualTo("FS-0004 received 812 remote file transfers "
                + "between 10:00 and 10:15 UTC on 2024-03-05, typical 190 (score 93); "
                + "91% by svc_admin from 10.0.3.7 via System; 812 of 812 files into staging locations such as C:\\Windows\\Temp.");
    }

    @Test
    void ruleFieldsNameTheElasticRule() throws Exception {
        JsonNode d = doc(single());

        assertThat(d.get("kibana.alert.rule.name").asText()).isEqualTo("Spike in Remote File Transfers");
        assertThat(d.get("kibana.alert.rule.rule_id").asText()).isEqualTo("e9b0902b-c515-413b-b80b-a8dcebc81a66");
        assertThat(d.get("kibana.alert.rule.uuid").asText()).isEqualTo("e9b0902b-c515-413b-b80b-a8dcebc81a66");
        assertThat(d.get("kibana.alert.rule.type").asText()).isEqualTo("machine_learning");
        assertThat(d.get("kibana.alert.rule.rule_type_id").asText()).isEqualTo("siem.mlRule");
        assertThat(d.get("kibana.alert.rule.interval").asText()).isEqualTo("15m");
        assertThat(d.get("kibana.alert.rule.from").asText()).isEqualTo("now-90m");
        assertThat(d.get("kibana.alert.rule.to").asText()).isEqualTo("now");
        assertThat(d.get("kibana.alert.rule.max_signals").asInt()).isEqualTo(100);
        assertThat(d.get("kibana.alert.rule.severity").asText()).isEqualTo("low");
        assertThat(d.get("kibana.alert.rule.risk_score").asInt()).isEqualTo(21);
        assertThat(texts(d.get("kibana.alert.rule.tags"))).containsExactly("Domain: Endpoint",
                "Use Case: Lateral Movement Detection", "Rule Type: ML", "Rule Type: Machine Learning",
                "Tactic: Lateral Movement", "Resources: Investigation Guide");
        assertThat(d.get("kibana.alert.rule.description").asText()).isEqualTo("Machine learning has detected an "
                + "abnormal volume of remote files shared on the host indicating potential lateral movement activity. "
                + "One of the primary goals of attackers after gaining access to a network is to locate and exfiltrate "
                + "valuable information. Attackers might perform multiple small transfers to match normal egress "
                + "activity in the network, to evade detection.");
        assertThat(d.get("kibana.alert.rule.note").asText())
                .startsWith("## Triage and analysis")
                .contains("#### Possible investigation steps", "#### False positive analysis",
                        "#### Response and remediation", "Backups", "Patch", "Departmental sharing",
                        "Month-end", "Trusted partners", "source.ip", "user.name")
                .doesNotContain("  ", "\\");
        assertThat(d.get("kibana.alert.rule.references").isArray()).isTrue();
        assertThat(d.get("kibana.alert.rule.references")).isEmpty();
        assertThat(texts(d.get("kibana.alert.rule.author"))).containsExactly("Elastic", "spikewatch");
        assertThat(d.get("kibana.alert.rule.license").asText()).isEqualTo("Elastic License v2");
        JsonNode params = d.get("kibana.alert.rule.parameters");
        assertThat(params.get("anomaly_threshold").asInt()).isEqualTo(70);
        assertThat(texts(params.get("machine_learning_job_id"))).containsExactly("lmd_high_count_remote_file_transfer");
    }

    @Test
    void threatIsTheMitreMappingOfTheRule() throws Exception {
        JsonNode expected = MAPPER.readTree("[{\"framework\":\"MITRE ATT&CK\",\"tactic\":{\"id\":\"TA0008\","
                + "\"name\":\"Lateral Movement\",\"reference\":\"https://attack.mitre.org/tactics/TA0008/\"},"
                + "\"technique\":[{\"id\":\"T1210\",\"name\":\"Exploitation of Remote Services\","
                + "\"reference\":\"https://attack.mitre.org/techniques/T1210/\",\"subtechnique\":[]},"
                + "{\"id\":\"T1570\",\"name\":\"Lateral Tool Transfer\","
                + "\"reference\":\"https://attack.mitre.org/techniques/T1570/\",\"subtechnique\":[]}]}]");
        assertThat(doc(single()).get("kibana.alert.rule.threat")).isEqualTo(expected);
    }

    @Test
    void anomalyRecordFieldsAreUnprefixed() throws Exception {
        JsonNode d = doc(single());

        assertThat(d.get("job_id").asText()).isEqualTo("lmd_high_count_remote_file_transfer");
        assertThat(d.get("result_type").asText()).isEqualTo("record");
        assertThat(d.get("function").asText()).isEqualTo("high_count");
        assertThat(d.get("function_description").asText()).isEqualTo("count");
        assertThat(d.get("bucket_span").asLong()).isEqualTo(900);
        assertThat(d.get("timestamp").asLong()).isEqualTo(T0);
        assertThat(d.get("actual").size()).isEqualTo(1);
        assertThat(d.get("actual").get(0).asLong()).isEqualTo(812);
        assertThat(d.get("typical").get(0).asDouble()).isEqualTo(190.4);
        assertThat(d.get("probability").asDouble()).isEqualTo(1.2345e-9);
        assertThat(d.get("record_score").asDouble()).isEqualTo(93.4);
        assertThat(d.get("initial_record_score").asDouble()).isEqualTo(93.4);
        assertThat(d.get("multi_bucket_impact").asDouble()).isEqualTo(-2.1);
        assertThat(d.get("partition_field_name").asText()).isEqualTo("host.name");
        assertThat(d.get("partition_field_value").asText()).isEqualTo(HOST);
        assertThat(d.get("by_field_name").asText()).isEqualTo("event.action");
        assertThat(d.get("by_field_value").asText()).isEqualTo("creation");
        assertThat(d.get("is_interim").asBoolean()).isFalse();
        assertThat(d.get("is_interim").isBoolean()).isTrue();
    }

    @Test
    void influencersInElasticsOrderWithValuesByCountAndEmptyFieldsLeftOut() throws Exception {
        JsonNode influencers = doc(single()).get("influencers");

        List<String> fields = new ArrayList<>();
        influencers.forEach(i -> fields.add(i.get("influencer_field_name").asText()));
        // user.domain and process.code_signature.subject_name have no values in this bucket.
        assertThat(fields).containsExactly("host.name", "user.name", "user.id", "host.id", "process.name",
                "event.module", "event.action", "process.code_signature.trusted", "source.ip", "file.extension",
                "file.directory");
        assertThat(values(influencers, "host.name")).containsExactly(HOST);
        assertThat(values(influencers, "user.name")).containsExactly("svc_admin", "jdoe");
        assertThat(values(influencers, "user.id")).containsExactly("S-1-5-21-500", "S-1-5-21-1107");
        assertThat(values(influencers, "host.id")).containsExactly("h-4");
        assertThat(values(influencers, "process.name")).containsExactly("System");
        assertThat(values(influencers, "process.code_signature.trusted")).containsExactly("true");
        assertThat(values(influencers, "source.ip")).containsExactly("10.0.3.7", "10.0.5.9");
        assertThat(values(influencers, "file.extension")).as("tie broken by value").containsExactly("dll", "exe");
    }

    @Test
    void ecsSourceFieldsAreNestedArrays() throws Exception {
        JsonNode d = doc(single());

        assertThat(texts(d.at("/host/name"))).containsExactly(HOST);
        assertThat(texts(d.at("/host/id"))).containsExactly("h-4");
        assertThat(texts(d.at("/user/name"))).containsExactly("svc_admin", "jdoe");
        assertThat(texts(d.at("/process/name"))).containsExactly("System");
        assertThat(texts(d.at("/source/ip"))).containsExactly("10.0.3.7", "10.0.5.9");
        assertThat(texts(d.at("/event/action"))).containsExactly("creation");
        assertThat(d.at("/event/kind").asText()).isEqualTo("signal");
        assertThat(d.has("event.kind")).as("not dotted").isFalse();
        assertThat(d.has("host.name")).as("not dotted").isFalse();
    }

    @Test
    void spikewatchExplanationBucketAndInfluencerShares() throws Exception {
        JsonNode d = doc(single());

        JsonNode x = d.get("spikewatch.explanation");
        assertThat(x.get("kind").asText()).isEqualTo("single_bucket");
        assertThat(x.get("actual").asLong()).isEqualTo(812);
        assertThat(x.get("typical").asDouble()).isEqualTo(190.4);
        assertThat(x.get("upper_bound").asDouble()).isEqualTo(402.25);
        assertThat(x.get("learning").asBoolean()).isFalse();
        assertThat(x.at("/sustained/buckets").asInt()).isZero();

        JsonNode b = d.get("spikewatch.bucket");
        assertThat(b.get("start").asText()).isEqualTo("2024-03-05T10:00:00.000Z");
        assertThat(b.get("end").asText()).isEqualTo("2024-03-05T10:15:00.000Z");
        assertThat(b.get("count").asLong()).isEqualTo(812);
        assertThat(b.get("first_event").asText()).isEqualTo("2024-03-05T10:00:00.000Z");
        assertThat(b.get("last_event").asText()).isEqualTo("2024-03-05T10:13:31.000Z");
        assertThat(b.get("bytes").asLong()).isEqualTo(812_000);
        assertThat(b.get("staged_files").asLong()).as("C:\\Windows\\Temp is a staging location").isEqualTo(812);
        assertThat(texts(b.get("sample_paths"))).hasSize(BucketSummary.MAX_SAMPLES)
                .startsWith("C:\\Windows\\Temp\\f0.dll", "C:\\Windows\\Temp\\f1.exe");

        JsonNode users = field(d.get("spikewatch.influencers"), "field", "user.name").get("values");
        assertThat(users.size()).isEqualTo(2);
        assertThat(users.get(0).get("value").asText()).isEqualTo("svc_admin");
        assertThat(users.get(0).get("count").asLong()).isEqualTo(740);
        assertThat(users.get(0).get("share").asDouble()).isEqualTo(0.911);
        assertThat(users.get(1).get("value").asText()).isEqualTo("jdoe");
        assertThat(users.get(1).get("count").asLong()).isEqualTo(72);
        assertThat(users.get(1).get("share").asDouble()).isEqualTo(0.089);
        assertThat(field(d.get("spikewatch.influencers"), "field", "user.domain")).as("no values, left out").isNull();
    }

    /** Driver persistence at about the usual volume: the reason says who kept writing, not "excess". */
    @Test
    void aRunOfOneAccountSaysWhoLedHowManyBuckets() throws Exception {
        BucketSummary s = summary();
        s.sustainedLed = 11;
        JsonNode d = doc(new AnomalyRecord(HOST, T0, BUCKET, 240, 190.2, 402.25, 3.2e-9, 79.1, 4.2,
                12, 1100, 1140.4, false, s));
        assertThat(d.get("kibana.alert.reason").asText()).startsWith("FS-0004 received 240 remote file transfers "
                + "between 10:00 and 10:15 UTC on 2024-03-05, typical 190, svc_admin on top of 11 of the last 12 "
                + "buckets (1100 vs typical 1140) (score 79);");
        assertThat(d.at("/spikewatch.explanation/sustained/led_buckets").asInt()).isEqualTo(11);
        assertThat(doc(sustained()).at("/spikewatch.explanation/sustained/led_buckets").asInt())
                .as("a sum of buckets").isZero();
    }

    /** Files into new places over hours: the reason counts those files, not all the host's. */
    @Test
    void aStreamIntoNewPlacesSaysHowManyFilesWentWhereTheHostNeverReceivedAny() throws Exception {
        BucketSummary s = summary();
        s.sustainedNewPlaces = true;
        JsonNode d = doc(new AnomalyRecord(HOST, T0, BUCKET, 6, 1.8, 12.5, 2.1e-8, 84.0, 3.1,
                12, 38, 0.6, false, s));
        assertThat(d.get("kibana.alert.reason").asText()).startsWith("FS-0004 received 6 remote file transfers "
                + "between 10:00 and 10:15 UTC on 2024-03-05, typical 1.8, 38 files into places new to it over the "
                + "last 12 buckets (typical 0.6) (score 84);");
        assertThat(d.at("/spikewatch.explanation/sustained/new_places").asBoolean()).isTrue();
        assertThat(doc(sustained()).at("/spikewatch.explanation/sustained/new_places").asBoolean())
                .as("a sum of all files").isFalse();
    }

    /** Remote encryption and hidden folders: the reason says so, the bucket counts them. */
    @Test
    void encryptedDocumentsAndHiddenFoldersAreNamedInTheReason() throws Exception {
        BucketSummary s = BucketSummary.empty(T0);
        for (int i = 0; i < 12; i++) {
            s.add(FileEvent.builder().timestampMs(T0 + i).hostName(HOST).userName("adm_x")
                    .fileName("Budget" + i + ".xlsx.3ldyw").fileDirectory("D:\\Shares\\Finance")
                    .fileExtension("3ldyw").build(), TransferLocations.DEFAULT);
        }
        s.add(FileEvent.builder().timestampMs(T0).hostName(HOST).userName("adm_x").fileName("RESTORE.txt")
                .fileDirectory("D:\\Shares\\Finance").fileExtension("txt").build(), TransferLocations.DEFAULT);
        s.add(FileEvent.builder().timestampMs(T0).hostName(HOST).userName("adm_x").fileName("fonts.cache-1")
                .fileDirectory("/tmp/.font-unix").build(), TransferLocations.DEFAULT);
        JsonNode d = doc(new AnomalyRecord(HOST, T0, BUCKET, 14, 0.5, 6, 1e-30, 100, 0, 0, 0, 0, false, s));
        assertThat(d.get("kibana.alert.reason").asText()).endsWith("; 1 file hidden in dot folders outside home "
                + "directories; 12 of 14 files are documents written back with an extension appended (.3ldyw), as "
                + "ransomware encrypting a share does.");
        assertThat(d.at("/spikewatch.bucket/encrypted_files").asLong()).isEqualTo(12);
        assertThat(d.at("/spikewatch.bucket/hidden_files").asLong()).isEqualTo(1);
        assertThat(doc(single()).get("kibana.alert.reason").asText()).doesNotContain("encrypt", "hidden", "tools");
        assertThat(doc(single()).at("/spikewatch.bucket/tool_files").asLong()).isZero();
        assertThat(doc(single()).at("/spikewatch.bucket/tool_example").isMissingNode()).isTrue();
    }

    /** Files named as attack tools: the reason names the first, the bucket counts them. */
    @Test
    void attackToolsAreNamedInTheReason() throws Exception {
        BucketSummary s = BucketSummary.empty(T0);
        for (String name : new String[] {"ips.txt", "AdFind.exe", "adf.bat", "netscan.exe"}) {
            s.add(FileEvent.builder().timestampMs(T0).hostName(HOST).userName("svc_sccm_push").fileName(name)
                    .fileDirectory("C:\\Windows\\Temp").build(), TransferLocations.DEFAULT);
        }
        JsonNode d = doc(new AnomalyRecord(HOST, T0, BUCKET, 4, 0.1, 1, 1e-9, 90, 0, 0, 0, 0, false, s));
        assertThat(d.get("kibana.alert.reason").asText())
                .contains("; 2 files are named as known attack tools (AdFind.exe)");
        assertThat(d.at("/spikewatch.bucket/tool_files").asLong()).isEqualTo(2);
        assertThat(d.at("/spikewatch.bucket/tool_example").asText()).isEqualTo("AdFind.exe");
    }

    /** Scripts into an upload folder: the reason says web shell and gives the first path, the bucket counts them. */
    @Test
    void webShellsAreNamedInTheReason() throws Exception {
        BucketSummary s = BucketSummary.empty(T0);
        String[][] files = {{"/var/www/site/releases/7/public", "index.php"}, {"/var/www/site/shared/uploads", "56a6e6.php"},
            {"/var/www/site/shared/uploads", "fe382a.php"}, {"/var/www/site/shared/uploads", "logo.png"}};
        for (String[] f : files) {
            s.add(FileEvent.builder().timestampMs(T0).hostName(HOST).userName("deploy").fileName(f[1])
                    .filePath(f[0] + "/" + f[1]).fileDirectory(f[0]).build(), TransferLocations.DEFAULT);
        }
        JsonNode d = doc(new AnomalyRecord(HOST, T0, BUCKET, 4, 0.1, 1, 1e-9, 90, 0, 0, 0, 0, false, s));
        assertThat(d.get("kibana.alert.reason").asText()).contains(
                "; 2 scripts a web server runs went into an upload folder, as web shells do (/var/www/site/shared/uploads/56a6e6.php)");
        assertThat(d.at("/spikewatch.bucket/web_shell_files").asLong()).isEqualTo(2);
        assertThat(d.at("/spikewatch.bucket/web_shell_example").asText()).isEqualTo("/var/www/site/shared/uploads/56a6e6.php");
        assertThat(doc(single()).at("/spikewatch.bucket/web_shell_example").isMissingNode()).isTrue();
    }

    @Test
    void aRunOfBurstsSaysHowLongTheAccountHasBeenBursting() throws Exception {
        BucketSummary s = oneFile("sukelly4", "/srv/samba/research/sukelly4", "/", "scan.tif");
        s.burstRun = 2;
        JsonNode d = doc(new AnomalyRecord(HOST, T0, BUCKET, 115, 0.1, 4, 1e-8, 74, 0, 0, 0, 0, false, s));
        assertThat(d.get("kibana.alert.reason").asText()).contains("; the same account, new to this host, burst into its"
                + " places in the 2 buckets before this one too, at an hour it is quiet");
        assertThat(d.at("/spikewatch.explanation/burst_run").asInt()).isEqualTo(2);
        assertThat(doc(single()).get("kibana.alert.reason").asText()).doesNotContain("buckets before this one");
        assertThat(doc(single()).at("/spikewatch.explanation/burst_run").asInt()).isZero();
    }

    @Test
    void aReinstalledHostsHeldPushSaysWhyItWasHeld() throws Exception {
        BucketSummary s = oneFile("svc-labdeploy", "C:\\Staging\\MATLAB", "\\", "setup.exe");
        s.reinstalled = true;
        s.heldBack = HoldReason.REINSTALLATION;
        JsonNode d = doc(new AnomalyRecord(HOST, T0, BUCKET, 631, 20, 400, 1e-10, 84, 0, 0, 0, 0, false, s));
        assertThat(d.get("kibana.alert.reason").asText()).contains("; the host was reinstalled (its host.id changed)"
                + " within the installation period: scored as a new host's installation; held back, not alerted:"
                + " the installation of a reinstalled host");
        assertThat(d.at("/spikewatch.explanation/reinstalled").asBoolean()).isTrue();
        assertThat(d.at("/spikewatch.explanation/held_back").asText()).isEqualTo("reinstallation");
        assertThat(doc(single()).at("/spikewatch.explanation/reinstalled").asBoolean()).isFalse();
    }

    @Test
    void theRestOfADropSaysWhatItsFirstQuarterHourBrought() throws Exception {
        BucketSummary s = BucketSummary.empty(T0);
        for (String name : new String[] {"start.sh", "kworker", "run.sh"}) {
            s.add(FileEvent.builder().timestampMs(T0).hostName(HOST).userName("www-data").fileName(name)
                    .filePath("/dev/shm/.k/" + name).fileDirectory("/dev/shm/.k").build(), TransferLocations.DEFAULT);
        }
        s.armedBefore = 1;
        JsonNode d = doc(new AnomalyRecord(HOST, T0, BUCKET, 3, 0.1, 1, 1e-8, 74, 0, 0, 0, 0, false, s));
        assertThat(d.get("kibana.alert.reason").asText())
                .contains("; the same account's previous bucket brought 1 attack tool or web shell into this drop");
        assertThat(d.at("/spikewatch.explanation/armed_before").asInt()).isEqualTo(1);
        assertThat(doc(single()).get("kibana.alert.reason").asText()).doesNotContain("previous bucket brought");
        assertThat(doc(single()).at("/spikewatch.explanation/armed_before").asInt()).isZero();
    }

    @Test
    void sustainedRecordsSayOverHowManyBuckets() throws Exception {
        JsonNode d = doc(sustained());

        assertThat(d.get("kibana.alert.reason").asText()).isEqualTo("FS-0004 received 240 remote file transfers "
                + "between 10:00 and 10:15 UTC on 2024-03-05, typical 190, sustained excess over the last 6 buckets "
                + "(1320 vs typical 1140) (score 75); 91% by svc_admin from 10.0.3.7 via System; 812 of 812 files into staging locations such as C:\\Windows\\Temp.");
        JsonNode x = d.get("spikewatch.explanation");
        assertThat(x.get("kind").asText()).isEqualTo("sustained");
        assertThat(x.at("/sustained/buckets").asInt()).isEqualTo(6);
        assertThat(x.at("/sustained/actual").asDouble()).isEqualTo(1320);
        assertThat(x.at("/sustained/typical").asDouble()).isEqualTo(1140.4);
        assertThat(d.get("multi_bucket_impact").asDouble()).isEqualTo(4.2);
    }

    @Test
    void reasonWithoutInfluencersSmallTypicalAndLearning() {
        BucketSummary s = BucketSummary.empty(T0);
        s.add(FileEvent.builder().timestampMs(T0).hostName("ws-1").processName(null).build(), TransferLocations.DEFAULT);
        AnomalyRecord r = new AnomalyRecord("ws-1", T0 + 13 * 3_600_000L + 45 * 60_000L, BUCKET, 1, 0.04, 3, 0.01,
                71.99, 0, 0, 0, 0, true, s);
        assertThat(AlertDocument.reason(r)).isEqualTo("ws-1 received 1 remote file transfer between 23:45 and "
                + "00:00 UTC on 2024-03-05, typical 0 (score 71, baseline still learning).");
        AnomalyRecord half = new AnomalyRecord("ws-1", T0, BUCKET, 7, 2.46, 3, 0.01, 80, 0, 0, 0, 0, false, null);
        assertThat(AlertDocument.reason(half)).contains("typical 2.5 (score 80).");
    }

    /**
     * A record the gate held back is written as a Kibana building-block alert: hidden from the alerts
     * table, searchable for audit, its reason and explanation saying which hold it was. An alert
     * carries neither field.
     */
    @Test
    void aHeldRecordIsABuildingBlockThatSaysWhyItWasHeld() throws Exception {
        AnomalyRecord held = single();
        held.summary().heldBack = HoldReason.DEPLOYMENT_ACCOUNT;
        JsonNode d = doc(held);
        assertThat(d.get("kibana.alert.building_block_type").asText()).isEqualTo("default");
        assertThat(d.at("/spikewatch.explanation/held_back").asText()).isEqualTo("deployment_account");
        assertThat(d.get("kibana.alert.reason").asText()).endsWith("; held back, not alerted: an account that keeps "
                + "coming back to several hosts with bursts, on several days each.");
        assertThat(d.get("kibana.alert.uuid").asText()).as("one decision per host and bucket: the same id")
                .isEqualTo(doc(single()).get("kibana.alert.uuid").asText());

        // A rule with two grounds says which one held the record.
        held.summary().heldBack = HoldReason.DEPLOYMENT_FIRST_ROUNDS;
        held.summary().idleHost = true;
        assertThat(AlertDocument.reason(held)).endsWith("held back, not alerted: an account with bursts on several "
                + "hosts over several days, on a host that receives next to nothing.");
        held.summary().idleHost = false;
        assertThat(AlertDocument.reason(held)).endsWith("over several days, where it writes regularly.");

        JsonNode alert = doc(single());
        assertThat(alert.has("kibana.alert.building_block_type")).isFalse();
        assertThat(alert.at("/spikewatch.explanation").has("held_back")).isFalse();
    }

    @Test
    void nonFiniteNumbersAreNeverWritten() throws Exception {
        AnomalyRecord r = new AnomalyRecord(HOST, T0, BUCKET, 5, Double.NaN, Double.POSITIVE_INFINITY, Double.NaN,
                Double.NaN, Double.NEGATIVE_INFINITY, 2, Double.NaN, Double.POSITIVE_INFINITY, false, null);
        String json = AlertDocument.toJsonString(r, RULE);
        assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode d = MAPPER.readTree(json);
        assertThat(d.get("typical").get(0).asDouble()).isZero();
        assertThat(d.get("probability").asDouble()).isEqualTo(1.0);
        assertThat(d.get("record_score").asDouble()).isZero();
        assertThat(d.get("multi_bucket_impact").asDouble()).isEqualTo(-5.0);
        assertThat(d.at("/spikewatch.explanation/upper_bound").asDouble()).isZero();
        assertThat(d.at("/spikewatch.explanation/sustained/typical").asDouble()).isZero();
        assertThat(d.at("/spikewatch.bucket/first_event").isNull()).isTrue();
        assertThat(d.has("user")).as("no users known").isFalse();
    }

    @Test
    void scoresAreClampedAndRoundedToThreeDecimals() throws Exception {
        AnomalyRecord r = new AnomalyRecord(HOST, T0, BUCKET, 5, 1.23456, 2, 0.5, 123.4567, 9, 0, 0, 0, false, null);
        JsonNode d = doc(r);
        assertThat(d.get("record_score").asDouble()).isEqualTo(100.0);
        assertThat(d.get("typical").get(0).asDouble()).isEqualTo(1.235);
        assertThat(d.get("multi_bucket_impact").asDouble()).isEqualTo(5.0);
    }

    @Test
    void sameInputSameBytes() {
        byte[] first = AlertDocument.toJson(single(), RuleSettings.defaults());
        byte[] second = AlertDocument.toJson(single(), RuleSettings.defaults());
        assertThat(second).isEqualTo(first);
        assertThat(AlertDocument.toJsonString(single(), RULE)).isEqualTo(new String(first, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void topLevelFieldsInAFixedOrder() throws Exception {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = doc(single()).fieldNames();
        it.forEachRemaining(keys::add);
        assertThat(keys).containsExactly("@timestamp", "kibana.space_ids", "kibana.alert.uuid",
                "kibana.alert.original_time", "kibana.alert.status", "kibana.alert.workflow_status",
                "kibana.alert.depth", "kibana.alert.reason", "kibana.alert.severity", "kibana.alert.risk_score",
                "kibana.alert.anomaly_score", "kibana.alert.rule.name", "kibana.alert.rule.rule_id",
                "kibana.alert.rule.uuid", "kibana.alert.rule.type", "kibana.alert.rule.rule_type_id",
                "kibana.alert.rule.category", "kibana.alert.rule.consumer", "kibana.alert.rule.producer",
                "kibana.alert.rule.interval", "kibana.alert.rule.from", "kibana.alert.rule.to",
                "kibana.alert.rule.max_signals", "kibana.alert.rule.severity", "kibana.alert.rule.risk_score",
                "kibana.alert.rule.tags", "kibana.alert.rule.description", "kibana.alert.rule.note",
                "kibana.alert.rule.references", "kibana.alert.rule.author", "kibana.alert.rule.license",
                "kibana.alert.rule.parameters", "kibana.alert.rule.threat", "job_id", "result_type", "function",
                "function_description", "bucket_span", "timestamp", "actual", "typical", "probability",
                "record_score", "initial_record_score", "multi_bucket_impact", "partition_field_name",
                "partition_field_value", "by_field_name", "by_field_value", "is_interim", "influencers", "host",
                "user", "process", "source", "event", "spikewatch.explanation", "spikewatch.bucket",
                "spikewatch.influencers");
    }

    @Test
    void alertIdIsDeterministicAndDiffersPerRuleHostAndBucket() {
        String id = AlertDocument.alertId(RULE.ruleId(), HOST, T0);
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(AlertDocument.alertId(RULE.ruleId(), HOST, T0)).isEqualTo(id);
        assertThat(AlertDocument.alertId(RULE.ruleId(), "FS-0005", T0)).isNotEqualTo(id);
        assertThat(AlertDocument.alertId(RULE.ruleId(), HOST, T0 + BUCKET)).isNotEqualTo(id);
        assertThat(AlertDocument.alertId("another-rule", HOST, T0)).isNotEqualTo(id);
        // The separator keeps ("a", "b1") and ("a\u0000b", "1")-like splits apart.
        assertThat(AlertDocument.alertId("r", "h1", 23)).isNotEqualTo(AlertDocument.alertId("r", "h", 123));
    }

    @Test
    void ruleSettingsOverridesReachTheDocument() throws Exception {
        RuleSettings rule = RuleSettings.defaults().withJobId("custom_job").withAnomalyThreshold(80)
                .withSeverity("high", 73);
        JsonNode d = MAPPER.readTree(AlertDocument.toJson(single(), rule));
        assertThat(d.get("job_id").asText()).isEqualTo("custom_job");
        assertThat(texts(d.at("/kibana.alert.rule.parameters/machine_learning_job_id"))).containsExactly("custom_job");
        assertThat(d.at("/kibana.alert.rule.parameters/anomaly_threshold").asInt()).isEqualTo(80);
        assertThat(d.get("kibana.alert.severity").asText()).isEqualTo("high");
        assertThat(d.get("kibana.alert.risk_score").asInt()).isEqualTo(73);
        assertThat(d.get("kibana.alert.uuid").asText()).as("same rule id, same alert id")
                .isEqualTo(doc(single()).get("kibana.alert.uuid").asText());
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("%s is an array", array).isTrue();
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<String> values(JsonNode influencers, String field) {
        return texts(field(influencers, "influencer_field_name", field).get("influencer_field_values"));
    }

    private static JsonNode field(JsonNode array, String key, String name) {
        for (JsonNode n : array) {
            if (n.get(key).asText().equals(name)) {
                return n;
            }
        }
        return null;
    }

    @Test
    void anIncidentUpdateCarriesTheSuppressionFieldsUnderTheSameId() throws Exception {
        AnomalyRecord original = single();
        String id = doc(original).path("kibana.alert.uuid").asText();
        assertThat(doc(original).has("kibana.alert.suppression.docs_count")).isFalse();
        original.summary().suppressedDocs = 3;
        original.summary().suppressedUntilMs = T0 + 4 * BUCKET;
        JsonNode d = doc(original);
        assertThat(d.path("kibana.alert.uuid").asText()).isEqualTo(id);
        assertThat(d.path("kibana.alert.suppression.start").asText()).isEqualTo(java.time.Instant.ofEpochMilli(T0)
                .toString().replace("Z", ".000Z"));
        assertThat(d.path("kibana.alert.suppression.end").asText()).startsWith(java.time.Instant
                .ofEpochMilli(T0 + 4 * BUCKET).toString().substring(0, 16));
        assertThat(d.path("kibana.alert.suppression.docs_count").asInt()).isEqualTo(3);
        assertThat(d.path("kibana.alert.suppression.terms").get(0).path("field").asText()).isEqualTo("host.name");
        assertThat(d.path("kibana.alert.reason").asText()).contains("continued in 3 later buckets");
    }
}
