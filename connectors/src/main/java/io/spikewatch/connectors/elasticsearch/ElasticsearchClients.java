package io.spikewatch.connectors.elasticsearch;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import javax.net.ssl.SSLContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Builds the clients of the sink and the installer from {@link ElasticsearchSettings}: one
 * low-level {@link RestClient} over all hosts (it spreads requests and skips dead nodes), with the
 * credentials as a default header (sent on every request, no 401 round trip), the request timeout
 * as connect, socket and pool-lease timeout, and, for a private CA, an SSLContext from its PEM.
 */
final class ElasticsearchClients {

    private ElasticsearchClients() {}

    static RestClient restClient(ElasticsearchSettings settings) {
        HttpHost[] hosts = settings.hosts().stream()
                .map(h -> HttpHost.create(h.endsWith("/") ? h.substring(0, h.length() - 1) : h))
                .toArray(HttpHost[]::new);
        int timeout = (int) Math.min(Integer.MAX_VALUE, settings.requestTimeoutMs());
        RestClientBuilder builder = RestClient.builder(hosts)
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout(timeout)
                        .setSocketTimeout(timeout)
                        .setConnectionRequestTimeout(timeout));
        Header authorization = authorization(settings);
        if (authorization != null) {
            builder.setDefaultHeaders(new Header[] {authorization});
        }
        if (settings.caCertificatePath() != null) {
            SSLContext ssl = CaCertificates.sslContext(Path.of(settings.caCertificatePath()));
            builder.setHttpClientConfigCallback(http -> http.setSSLContext(ssl));
        }
        return builder.build();
    }

    /** The Java API client's transport over {@code client}, with Jackson for JSON. */
    static ElasticsearchTransport transport(RestClient client) {
        return new RestClientTransport(client, new JacksonJsonpMapper());
    }

    /** {@code Basic base64(user:password)}, {@code ApiKey <key>}, or null without credentials. */
    static Header authorization(ElasticsearchSettings settings) {
        if (settings.apiKey() != null) {
            return new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + settings.apiKey());
        }
        if (settings.username() != null) {
            String pair = settings.username() + ":" + settings.password();
            return new BasicHeader(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return null;
    }
}
