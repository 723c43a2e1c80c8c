package org.anxue.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a file is a video Anxue can deliver: ffprobe must read it, it must have a
 * picture in a codec ffmpeg can decode and a positive duration, and an MP4 must be whole.
 * Anything else is a {@link MediaRejected} with a reason the uploader can understand.
 */
@ApplicationScoped
public class VideoProbe {

    /** Formats ffprobe reports for single pictures: a video stream, but not a video. */
    private static final Set<String> IMAGE_FORMATS = Set.of("image2", "png_pipe", "jpeg_pipe", "webp_pipe",
            "bmp_pipe", "tiff_pipe", "gif", "svg_pipe", "jpegxl_pipe", "avif");
    /** Top-level MP4 boxes walked at most (fragmented MP4 has thousands; the first ones are enough). */
    private static final int MAX_BOXES = 256;

    /** Random access to the bytes of the file being probed (a local file or an S3 object). */
    public interface Bytes {
        long size();

        /** Up to {@code length} bytes from {@code offset}; fewer at the end of the file. */
        byte[] read(long offset, int length) throws IOException;

        static Bytes of(Path file) {
            return new Bytes() {
                @Override
                public long size() {
                    return file.toFile().length();
                }

                @Override
                public byte[] read(long offset, int length) throws IOException {
                    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                        long available = Math.max(0, f.length() - offset);
                        byte[] bytes = new byte[(int) Math.min(length, available)];
                        f.seek(offset);
                        f.readFully(bytes);
                        return bytes;
                    }
                }
            };
        }
    }

    /** A file that passed: its probe and the streams that will be delivered. */
    public record Video(ProbeResult probe, ProbeResult.Stream video, Optional<ProbeResult.Stream> audio,
                        double durationSeconds, String isoBrand) {

        /** An MP4 (ISO base media) file rather than QuickTime, Matroska, WebM, AVI, ... */
        public boolean isMp4() {
            return isoBrand != null && !isoBrand.startsWith("qt");
        }
    }

    private final MediaTools tools;
    private final MediaConfig config;

    VideoProbe(MediaTools tools, MediaConfig config) {
        this.tools = tools;
        this.config = config;
    }

    /**
     * Probes {@code input} (a path or URL ffprobe can read; {@code bytes} are the same file).
     *
     * @throws MediaRejected the file is not a deliverable video (final)
     * @throws MediaToolException ffprobe could not run or read the input (may be retried)
     */
    public Video inspect(String input, Bytes bytes) throws MediaRejected, MediaToolException, InterruptedException {
        if (bytes.size() == 0) {
            throw new MediaRejected(MediaRejected.Code.NOT_A_VIDEO, "empty file / 空文件");
        }
        boolean isoBmff;
        String brand = null;
        try {
            byte[] head = bytes.read(0, 12);
            isoBmff = head.length >= 8 && "ftyp".equals(new String(head, 4, 4, StandardCharsets.ISO_8859_1));
            if (isoBmff && head.length >= 12) {
                brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
            }
        } catch (IOException e) {
            throw new MediaToolException("could not read the file: " + e.getMessage(), "", false);
        }
        ProbeResult probe;
        try {
            probe = tools.probe(input, config.probeTimeout());
        } catch (MediaToolException e) {
            if (e.timedOut() || !unreadable(e.stderr())) {
                throw e;
            }
            // An MP4 header followed by unreadable data: the end (with its index) is missing.
            throw isoBmff
                    ? new MediaRejected(MediaRejected.Code.TRUNCATED, "the MP4 index (moov) is missing")
                    : new MediaRejected(MediaRejected.Code.NOT_A_VIDEO, null);
        }
        if (isoBmff) {
            checkBoxes(bytes);
        }
        if (IMAGE_FORMATS.contains(probe.formatName())) {
            throw new MediaRejected(MediaRejected.Code.NOT_A_VIDEO, "a picture / 图片");
        }
        Optional<ProbeResult.Stream> video = probe.video();
        if (video.isEmpty()) {
            throw probe.audio().isPresent()
                    ? new MediaRejected(MediaRejected.Code.NO_VIDEO_STREAM, null)
                    : new MediaRejected(MediaRejected.Code.NOT_A_VIDEO, null);
        }
        ProbeResult.Stream stream = video.get();
        if (!tools.videoDecoders().contains(stream.codec())) {
            throw new MediaRejected(MediaRejected.Code.UNSUPPORTED_CODEC, stream.codec());
        }
        if (stream.width() <= 0 || stream.height() <= 0) {
            throw new MediaRejected(MediaRejected.Code.NOT_A_VIDEO, "no picture size");
        }
        double duration = probe.duration();
        if (!(duration > 0)) {
            // No duration in the header (e.g. WebM recorded live by a browser): read to the end.
            duration = tools.measureDuration(input, config.ffmpegTimeout());
        }
        if (!(duration > 0)) {
            throw new MediaRejected(MediaRejected.Code.NOT_A_VIDEO, "no duration / 没有时长");
        }
        return new Video(probe, stream, probe.audio(), duration, isoBmff ? (brand == null ? "" : brand) : null);
    }

    /** ffprobe's words for a file it cannot make sense of (as opposed to a file it cannot reach). */
    private static boolean unreadable(String stderr) {
        return stderr.contains("Invalid data found when processing input")
                || stderr.contains("moov atom not found")
                || stderr.contains("could not find codec parameters")
                || stderr.contains("End of file");
    }

    /**
     * Walks the top-level boxes of an MP4/MOV (ftyp, moov, mdat, ...): a box that claims to end
     * past the end of the file means the file was cut off.
     */
    static void checkBoxes(Bytes bytes) throws MediaRejected, MediaToolException {
        long size = bytes.size();
        long position = 0;
        try {
            for (int box = 0; box < MAX_BOXES && position < size; box++) {
                byte[] header = bytes.read(position, 16);
                if (header.length < 8) {
                    throw new MediaRejected(MediaRejected.Code.TRUNCATED, "a box header is cut off at byte " + position);
                }
                long length = readUnsigned(header, 0, 4);
                String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
                if (length == 1) {
                    if (header.length < 16) {
                        throw new MediaRejected(MediaRejected.Code.TRUNCATED, "a box header is cut off at byte " + position);
                    }
                    length = readUnsigned(header, 8, 8);
                } else if (length == 0) {
                    return; // the last box runs to the end of the file
                }
                if (length < 8) {
                    throw new MediaRejected(MediaRejected.Code.TRUNCATED, "damaged box '" + type + "' at byte " + position);
                }
                if (position + length > size) {
                    throw new MediaRejected(MediaRejected.Code.TRUNCATED, "box '" + type + "' needs "
                            + (position + length) + " bytes, the file has " + size);
                }
                position += length;
            }
        } catch (IOException e) {
            throw new MediaToolException("could not read the file: " + e.getMessage(), "", false);
        }
    }

    private static long readUnsigned(byte[] bytes, int offset, int count) {
        long value = 0;
        for (int i = 0; i < count; i++) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }
}
