package org.anxue.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What ffprobe ({@code -of json -show_format -show_streams}) says about a file. */
public record ProbeResult(String formatName, double durationSeconds, long sizeBytes, List<Stream> streams) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One stream. Width, height and rotation are 0 where they do not apply. */
    public record Stream(int index, String type, String codec, int width, int height, String pixelFormat,
                         int rotation, boolean attachedPicture, double durationSeconds) {

        public boolean isVideo() {
            return "video".equals(type) && !attachedPicture;
        }

        public boolean isAudio() {
            return "audio".equals(type);
        }

        /** Width as shown, after the rotation in the display matrix. */
        public int displayWidth() {
            return Math.abs(rotation) % 180 == 90 ? height : width;
        }

        public int displayHeight() {
            return Math.abs(rotation) % 180 == 90 ? width : height;
        }
    }

    /** The first real video stream (cover art is not one). */
    public Optional<Stream> video() {
        return streams.stream().filter(Stream::isVideo).findFirst();
    }

    public Optional<Stream> audio() {
        return streams.stream().filter(Stream::isAudio).findFirst();
    }

    /** The duration of the file, or of its longest stream when the container does not say. */
    public double duration() {
        if (durationSeconds > 0) {
            return durationSeconds;
        }
        return streams.stream().mapToDouble(Stream::durationSeconds).max().orElse(0);
    }

    public static ProbeResult parse(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        JsonNode format = root.path("format");
        List<Stream> streams = new ArrayList<>();
        for (JsonNode s : root.path("streams")) {
            streams.add(new Stream(
                    s.path("index").asInt(),
                    s.path("codec_type").asText(""),
                    s.path("codec_name").asText(""),
                    s.path("width").asInt(0),
                    s.path("height").asInt(0),
                    s.path("pix_fmt").asText(""),
                    rotation(s),
                    s.path("disposition").path("attached_pic").asInt(0) == 1,
                    number(s.path("duration"))));
        }
        return new ProbeResult(format.path("format_name").asText(""), number(format.path("duration")),
                (long) number(format.path("size")), List.copyOf(streams));
    }

    private static int rotation(JsonNode stream) {
        for (JsonNode side : stream.path("side_data_list")) {
            if (side.has("rotation")) {
                return side.path("rotation").asInt();
            }
        }
        return stream.path("tags").path("rotate").asInt(0);
    }

    /** ffprobe writes numbers as strings ("4.000000") or "N/A". */
    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            return Double.parseDouble(node.asText(""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
