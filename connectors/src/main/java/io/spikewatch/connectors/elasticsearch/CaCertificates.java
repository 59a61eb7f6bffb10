package io.spikewatch.connectors.elasticsearch;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;

/**
 * The TLS trust of a cluster with its own CA: an {@link SSLContext} that trusts exactly the
 * certificates of one PEM file (Elasticsearch's {@code http_ca.crt}, or a company CA), so no JVM
 * trust store has to be edited on the task managers. Host names are still verified.
 */
final class CaCertificates {

    private CaCertificates() {}

    /** An SSLContext trusting the certificates in the PEM file {@code pem}. */
    static SSLContext sslContext(Path pem) {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int n = 0;
            for (X509Certificate certificate : read(pem)) {
                trust.setCertificateEntry("ca-" + n++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot build TLS trust from caCertificatePath " + pem + ": " + e.getMessage(), e);
        }
    }

    /** The X.509 certificates of a PEM file; fails naming the file when it has none. */
    static Collection<X509Certificate> read(Path pem) {
        if (!Files.isReadable(pem)) {
            throw new IllegalArgumentException("caCertificatePath " + pem + " is not a readable file");
        }
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pem)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("caCertificatePath " + pem
                    + " is not a PEM certificate file: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("caCertificatePath " + pem
                    + " holds no certificate (expected -----BEGIN CERTIFICATE-----)");
        }
        return certificates.stream().map(c -> (X509Certificate) c).toList();
    }
}
