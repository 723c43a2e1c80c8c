package org.anxue.local;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3 API server (S3Proxy on a filesystem backend) so that the app talks S3 exactly as it
 * would to MinIO. Its credentials are generated once per data directory and kept beside the data.
 */
public final class LocalObjectStorage implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final String accessKey;
    private final String secretKey;
    private BlobStoreContext context;
    private S3Proxy proxy;

    public LocalObjectStorage(Path dataDir, int port) throws IOException {
        this.dataDir = dataDir;
        this.port = port == 0 ? FreePorts.pick() : port;
        Files.createDirectories(dataDir.resolve("objects"));
        Path credentials = dataDir.resolve("credentials");
        if (!Files.exists(credentials)) {
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            Files.writeString(credentials, "anxue-local\n" + HexFormat.of().formatHex(secret) + "\n",
                    StandardCharsets.UTF_8);
        }
        String[] lines = Files.readString(credentials, StandardCharsets.UTF_8).split("\n");
        this.accessKey = lines[0].trim();
        this.secretKey = lines[1].trim();
    }

    public LocalObjectStorage start() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", dataDir.resolve("objects").toString());
        context = ContextBuilder.newBuilder("filesystem")
                .overrides(properties)
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        proxy.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("S3Proxy did not start within 30 s on port " + port);
            }
            Thread.sleep(20);
        }
        return this;
    }

    public boolean isRunning() {
        return proxy != null;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws Exception {
        if (proxy != null) {
            proxy.stop();
            proxy = null;
        }
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
