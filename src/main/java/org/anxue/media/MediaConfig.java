package org.anxue.media;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Uploads, processing and delivery of videos (org.anxue.media). */
@ConfigMapping(prefix = "anxue.media")
public interface MediaConfig {

    /** Largest video a client may declare when it starts an upload; larger ones are refused with 413. */
    @WithDefault("8G")
    MemorySize maxUploadSize();

    /** Size of each multipart part (S3 requires at least 5 MiB except the last); raised automatically so no upload needs more than 10,000 parts. */
    @WithDefault("16M")
    MemorySize partSize();

    /** How long a presigned PUT URL for one part stays valid. */
    @WithDefault("30M")
    Duration partUrlTtl();

    /** How long the presigned GET URLs in a playlist, the MP4 redirect and the poster stay valid. */
    @WithDefault("10M")
    Duration playbackUrlTtl();

    /** An upload still not completed this long after it was created is aborted and its parts deleted. */
    @WithDefault("24H")
    Duration abandonedUploadAge();

    /** How often the sweeper looks for abandoned uploads (a Quarkus scheduler interval, e.g. 15m). */
    @WithDefault("15m")
    String sweepEvery();

    /** Longest time one ffmpeg run (transcode, remux, poster) may take before it is killed and the job fails. */
    @WithDefault("3H")
    Duration ffmpegTimeout();

    /** Longest time one ffprobe run may take. */
    @WithDefault("2M")
    Duration probeTimeout();

    /** Target length of one HLS segment (segments start on key frames, so copied streams may differ). */
    @WithDefault("6S")
    Duration segmentLength();

    /** Largest short side of the delivered picture (720 = 720p); larger videos are scaled down. */
    @WithDefault("720")
    int maxHeight();

    /** Video bit rate when transcoding to H.264 (ffmpeg syntax, e.g. 2000k). */
    @WithDefault("2000k")
    String videoBitrate();

    /** Processing jobs one replica runs at the same time (each ffmpeg uses every core it can get). */
    @WithDefault("1")
    int workerThreads();

    /** S3 endpoint as browsers reach it, used only to sign URLs handed out; defaults to anxue.s3.endpoint. */
    Optional<String> publicS3Endpoint();

    /** Directory for the temporary files of processing jobs; defaults to the system temp directory. */
    Optional<Path> workDir();
}
