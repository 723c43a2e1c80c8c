package org.anxue.media;

/** ffmpeg or ffprobe could not do its work: it failed to start, exited non-zero or ran too long. */
public class MediaToolException extends Exception {

    private final String stderr;
    private final boolean timedOut;

    public MediaToolException(String message, String stderr, boolean timedOut) {
        super(message);
        this.stderr = stderr == null ? "" : stderr;
        this.timedOut = timedOut;
    }

    /** The last lines ffmpeg/ffprobe wrote to stderr. */
    public String stderr() {
        return stderr;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
