package io.spikewatch.connectors.elasticsearch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An HTTP(S) server on 127.0.0.1 that answers like Elasticsearch with scripted responses, one per
 * request in order, and records what it received. It lets tests drive answers a real node gives
 * only under load or misconfiguration (429s, 503s, 401s) and check the exact bytes the client sent.
 */
final class StubElasticsearch implements AutoCloseable {

    /** One request as received. */
    record Exchange(String method, String path, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Answer(int status, String body) {}

    private final HttpServer server;
    private final String scheme;
    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    private StubElasticsearch(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.createContext("/", this::handle);
        server.start();
    }

    static StubElasticsearch http() {
        try {
            return new StubElasticsearch(HttpServer.create(loopback(), 0), "http");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StubElasticsearch https(SSLContext tls) {
        try {
            HttpsServer server = HttpsServer.create(loopback(), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new StubElasticsearch(server, "https");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Queues the answer to the next request that has none yet. */
    StubElasticsearch answer(int status, String body) {
        answers.add(new Answer(status, body));
        return this;
    }

    String url() {
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        exchanges.add(new Exchange(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        Answer answer = answers.poll();
        if (answer == null) {
            answer = new Answer(500, "{\"error\":{\"type\":\"stub\",\"reason\":\"no scripted answer left\"},\"status\":500}");
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        boolean empty = "HEAD".equals(exchange.getRequestMethod()) || out.length == 0;
        exchange.sendResponseHeaders(answer.status(), empty ? -1 : out.length);
        if (!empty) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        }
        exchange.close();
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
