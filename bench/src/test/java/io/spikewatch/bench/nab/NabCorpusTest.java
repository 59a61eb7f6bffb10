package io.spikewatch.bench.nab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NabCorpusTest {

    @Test
    void readsSeriesWindowsAndProfiles(@TempDir Path dir) throws IOException {
        NabCorpus corpus = NabCorpus.load(TinyNab.write(dir));

        assertThat(corpus.series()).extracting(NabSeries::path).containsExactly(TinyNab.C, TinyNab.A, TinyNab.B);
        NabSeries b = corpus.series(TinyNab.B);
        assertThat(b.size()).isEqualTo(200);
        assertThat(b.category()).isEqualTo("realTweets");
        assertThat(b.fileName()).isEqualTo("b.csv");
        assertThat(b.timestampsMs()[1] - b.timestampsMs()[0]).isEqualTo(TinyNab.STEP);
        assertThat(b.values()[8]).isEqualTo(11.0);
        assertThat(b.windows()).containsExactly(new NabWindow(TinyNab.time(TinyNab.B, 60), TinyNab.time(TinyNab.B, 69)),
                new NabWindow(TinyNab.time(TinyNab.B, 150), TinyNab.time(TinyNab.B, 159)));
        assertThat(java.util.Arrays.stream(b.labels()).sum()).isEqualTo(20);
        assertThat(corpus.series(TinyNab.C).windows()).isEmpty();

        assertThat(corpus.profiles()).extracting(NabProfile::name)
                .containsExactly(NabProfile.STANDARD, NabProfile.LOW_FP, NabProfile.LOW_FN);
        assertThat(corpus.profile(NabProfile.LOW_FN)).isEqualTo(new NabProfile(NabProfile.LOW_FN, 1.0, 0.11, 2.0));
        assertThatThrownBy(() -> corpus.profile("strict")).hasMessageContaining("strict")
                .hasMessageContaining(NabProfile.STANDARD);
        assertThatThrownBy(() -> corpus.series("realTweets/none.csv")).hasMessageContaining("realTweets/none.csv");
    }

    @Test
    void aSeriesWithoutWindowsEntryFailsNamingIt(@TempDir Path dir) throws IOException {
        TinyNab.write(dir);
        Files.writeString(dir.resolve("data/realTweets/extra.csv"), "timestamp,value\n2015-01-01 00:00:00,1\n");

        assertThatThrownBy(() -> NabCorpus.load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("realTweets/extra.csv");
    }

    @Test
    void aMalformedRowFailsNamingFileAndLine(@TempDir Path dir) throws IOException {
        TinyNab.write(dir);
        Files.writeString(dir.resolve("data/" + TinyNab.C), "timestamp,value\n" + TinyNab.at(TinyNab.C, 0)
                + ",1\n2015-01-01,2\n");

        assertThatThrownBy(() -> NabCorpus.load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("c.csv line 3");
    }

    @Test
    void timestampsAreLocalFreeAndRoundTrip() {
        long t = NabTime.parse("2014-04-10 07:15:00");
        assertThat(t).isEqualTo(1_397_114_100_000L);
        assertThat(NabTime.parse("2014-04-10 07:15:00.000000")).isEqualTo(t);
        assertThat(NabTime.parse("2014-04-10 07:15:00.250000")).isEqualTo(t + 250);
        assertThat(NabTime.format(t)).isEqualTo("2014-04-10 07:15:00");
        assertThatThrownBy(() -> NabTime.parse("2014/04/10 07:15:00")).hasMessageContaining("2014/04/10 07:15:00");
        assertThatThrownBy(() -> NabTime.parse("2014-13-10 07:15:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
