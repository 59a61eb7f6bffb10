package io.spikewatch.connectors.elasticsearch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaCertificatesTest {

    @TempDir
    static Path dir;

    private static TestCertificates first;
    private static TestCertificates second;

    @BeforeAll
    static void makeCertificates() throws Exception {
        first = TestCertificates.create(dir, "first");
        second = TestCertificates.create(dir, "second");
    }

    @Test
    void everyCertificateOfABundleIsTrusted() throws Exception {
        Path bundle = dir.resolve("bundle.pem");
        Files.writeString(bundle, Files.readString(first.pem()) + Files.readString(second.pem()));
        assertThat(CaCertificates.read(bundle)).hasSize(2)
                .allSatisfy(c -> assertThat(c.getSubjectX500Principal().getName()).isEqualTo("CN=127.0.0.1"));
        assertThat(CaCertificates.sslContext(bundle).getProtocol()).isEqualTo("TLS");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.pem");
        assertThatThrownBy(() -> CaCertificates.sslContext(missing))
                .hasMessage("caCertificatePath " + missing + " is not a readable file");
    }

    @Test
    void aFileWithoutCertificatesIsNamed() throws Exception {
        Path text = Files.writeString(dir.resolve("empty.pem"), "");
        assertThatThrownBy(() -> CaCertificates.read(text))
                .hasMessageContaining("caCertificatePath " + text + " holds no certificate");
        Path garbage = Files.writeString(dir.resolve("garbage.pem"),
                "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n");
        assertThatThrownBy(() -> CaCertificates.read(garbage))
                .hasMessageContaining("caCertificatePath " + garbage + " is not a PEM certificate file");
    }
}
