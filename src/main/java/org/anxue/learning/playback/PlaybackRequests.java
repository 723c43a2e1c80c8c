package org.anxue.learning.playback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.anxue.learning.time.ReportedRange;
import org.anxue.web.AppException;

/**
 * Reads the player's JSON requests strictly: anything malformed is refused with 400 and a message
 * naming the field, before anything is recorded. What is well-formed but untrue (a range beyond
 * the video, an inverted range) is left to the study-time model, which records it as an anomaly.
 */
final class PlaybackRequests {

    /** Bodies larger than this are refused before parsing (200 ranges need about 10 KB). */
    static final int MAX_BODY_CHARS = 64 * 1024;
    /** Largest sequence number: what JavaScript counts exactly. */
    static final long MAX_SEQUENCE = (1L << 53) - 1;
    static final int MAX_NONCE = 64;
    static final int MAX_ANSWER = 200;
    private static final Instant EARLIEST_CLIENT_TIME = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST_CLIENT_TIME = Instant.parse("9999-12-31T23:59:59Z");

    /** A heartbeat as the player sent it, checked for form. */
    record Heartbeat(long sequence, List<ReportedRange> playedRanges, Instant clientTime, PlayerEvent event,
            String playedRangesJson) {
    }

    record Answer(String nonce, String answer) {
    }

    private PlaybackRequests() {
    }

    static long lessonId(ObjectMapper json, String body) {
        JsonNode request = object(json, body);
        return wholeNumber(request, "lessonId", Long.MAX_VALUE);
    }

    static Heartbeat heartbeat(ObjectMapper json, String body, int maxRanges) {
        JsonNode request = object(json, body);
        long sequence = wholeNumber(request, "sequence", MAX_SEQUENCE);
        JsonNode ranges = required(request, "playedRanges");
        if (!ranges.isArray()) {
            throw badRequest("notRanges", "playedRanges");
        }
        if (ranges.size() > maxRanges) {
            throw badRequest("tooManyRanges", maxRanges);
        }
        List<ReportedRange> played = new ArrayList<>(ranges.size());
        StringBuilder record = new StringBuilder("[");
        for (JsonNode range : ranges) {
            if (!range.isArray() || range.size() != 2 || !isFiniteNumber(range.get(0)) || !isFiniteNumber(range.get(1))) {
                throw badRequest("notRanges", "playedRanges");
            }
            double from = range.get(0).doubleValue();
            double to = range.get(1).doubleValue();
            played.add(new ReportedRange(from, to));
            record.append(record.length() > 1 ? "," : "").append('[').append(from).append(',').append(to).append(']');
        }
        record.append(']');
        Instant clientTime = clientTime(request.get("clientTime"));
        JsonNode event = required(request, "event");
        PlayerEvent playerEvent = null;
        if (event.isTextual()) {
            for (PlayerEvent candidate : PlayerEvent.values()) {
                if (candidate.name().equals(event.textValue())) {
                    playerEvent = candidate;
                }
            }
        }
        if (playerEvent == null) {
            throw badRequest("badEvent", Arrays.stream(PlayerEvent.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
        return new Heartbeat(sequence, played, clientTime, playerEvent, record.toString());
    }

    static Answer answer(ObjectMapper json, String body) {
        JsonNode request = object(json, body);
        return new Answer(text(request, "nonce", MAX_NONCE), text(request, "answer", MAX_ANSWER));
    }

    /** A session id from the path; anything that is not a UUID names no session. */
    static UUID sessionId(String value) {
        try {
            if (value != null && value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // not a UUID
        }
        throw new AppException(404, "learning:sessionNotFound");
    }

    private static JsonNode object(ObjectMapper json, String body) {
        if (body != null && body.length() > MAX_BODY_CHARS) {
            throw badRequest("tooLarge");
        }
        JsonNode request;
        try {
            request = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            throw badRequest("notJson");
        }
        return request;
    }

    private static JsonNode required(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            throw badRequest("missingField", field);
        }
        return value;
    }

    private static long wholeNumber(JsonNode request, String field, long max) {
        JsonNode value = required(request, field);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 1 || value.longValue() > max) {
            throw badRequest("notWholeNumber", field);
        }
        return value.longValue();
    }

    private static String text(JsonNode request, String field, int max) {
        JsonNode value = required(request, field);
        if (!value.isTextual() || value.textValue().isEmpty() || value.textValue().length() > max) {
            throw badRequest("notText", field, max);
        }
        return value.textValue();
    }

    private static boolean isFiniteNumber(JsonNode value) {
        return value != null && value.isNumber() && Double.isFinite(value.doubleValue());
    }

    /** Optional: an ISO-8601 instant or epoch milliseconds; kept for the record only. */
    private static Instant clientTime(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        Instant time = null;
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                time = Instant.ofEpochMilli(value.longValue());
            } else if (value.isTextual()) {
                time = OffsetDateTime.parse(value.textValue()).toInstant();
            }
        } catch (DateTimeException e) {
            time = null;
        }
        if (time == null || time.isBefore(EARLIEST_CLIENT_TIME) || time.isAfter(LATEST_CLIENT_TIME)) {
            throw badRequest("badClientTime");
        }
        return time;
    }

    private static AppException badRequest(String key, Object... args) {
        return new AppException(400, "learning:" + key, args);
    }
}
