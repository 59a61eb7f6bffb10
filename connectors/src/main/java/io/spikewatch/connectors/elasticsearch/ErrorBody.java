package io.spikewatch.connectors.elasticsearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Elasticsearch's error, read from an error response body: its {@code type} and a {@code reason}
 * that includes the innermost {@code caused_by}, because the root cause is usually the actionable
 * part ("template after composition is invalid" caused by "The mapper type [x] does not exist").
 * A body that is not an
 * Elasticsearch error (a proxy's HTML page) keeps its first 300 characters as the reason.
 *
 * @param type the error type, e.g. {@code mapper_parsing_exception}, or null
 * @param reason the reason, or null when the body was empty
 */
record ErrorBody(String type, String reason) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 300;

    static ErrorBody parse(String body) {
        if (body == null || body.isBlank()) {
            return new ErrorBody(null, null);
        }
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isObject()) {
                JsonNode root = error;
                while (root.path("caused_by").isObject()) {
                    root = root.path("caused_by");
                }
                return root == error ? new ErrorBody(text(error, "type"), text(error, "reason"))
                        : new ErrorBody(text(error, "type"),
                                reason(text(error, "reason"), text(root, "type"), text(root, "reason")));
            }
            if (error.isTextual()) {
                return new ErrorBody(null, error.asText());
            }
        } catch (JsonProcessingException notJson) {
            // Not Elasticsearch's JSON: fall through to the raw text.
        }
        String text = body.strip();
        return new ErrorBody(null, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text);
    }

    /** {@code reason}, followed by {@code (caused by type: reason)} when there is a cause. */
    static String reason(String reason, String causeType, String causeReason) {
        if (causeType == null && causeReason == null) {
            return reason;
        }
        String cause = "caused by " + (causeType == null ? "" : causeType + ": ") + (causeReason == null ? "" : causeReason);
        return reason == null ? cause : reason + " (" + cause + ")";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
