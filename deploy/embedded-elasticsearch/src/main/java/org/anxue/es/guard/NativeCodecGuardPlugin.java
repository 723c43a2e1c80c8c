package org.anxue.es.guard;

import org.elasticsearch.index.IndexModule;
import org.elasticsearch.index.codec.CodecService;
import org.elasticsearch.index.engine.EngineConfig;
import org.elasticsearch.plugins.Plugin;

/**
 * Rejects indices whose codec needs the zstd native library.
 *
 * <p>The native libraries ship only inside the Elasticsearch distribution, not as Maven
 * artifacts, so this node runs with native access disabled. The {@code best_compression} codec
 * (also the default of the {@code logsdb} and {@code time_series} index modes) compresses stored
 * fields with zstd; without the library every flush fails and the index turns red. Failing the
 * index creation with a clear message is better; {@code legacy_best_compression} (pure Java
 * DEFLATE) works.
 */
public final class NativeCodecGuardPlugin extends Plugin {

    @Override
    public void onIndexModule(IndexModule indexModule) {
        String codec = EngineConfig.INDEX_CODEC_SETTING.get(indexModule.getSettings());
        if (CodecService.BEST_COMPRESSION_CODEC.equals(codec)) {
            throw new IllegalArgumentException("index [" + indexModule.getIndex().getName() + "]: [index.codec] ["
                    + codec + "] needs the zstd native library, which this embedded node does not have; use ["
                    + CodecService.LEGACY_BEST_COMPRESSION_CODEC + "] or [" + CodecService.DEFAULT_CODEC + "]");
        }
    }
}
