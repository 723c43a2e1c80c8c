package org.anxue.media;

/** The uploaded file is not a video Anxue can deliver; the reason is for the uploader to read. */
public class MediaRejected extends Exception {

    public enum Code {
        /** Not a video at all: a document, an image, random bytes. */
        NOT_A_VIDEO("不是视频文件 / not a video file"),
        /** Sound only. */
        NO_VIDEO_STREAM("只有声音，没有画面 / the file has sound but no picture"),
        /** Cut off: the upload or the recording stopped before the end. */
        TRUNCATED("文件不完整 / truncated file"),
        /** A video stream in a format this ffmpeg cannot decode. */
        UNSUPPORTED_CODEC("视频编码无法识别 / the video codec is not supported");

        private final String text;

        Code(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final Code code;

    public MediaRejected(Code code, String detail) {
        super(detail == null || detail.isBlank() ? code.text() : code.text() + " (" + detail + ")");
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
