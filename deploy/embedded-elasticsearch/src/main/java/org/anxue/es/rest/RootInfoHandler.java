package org.anxue.es.rest;

import java.util.List;
import java.util.function.Supplier;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

/** The node and version summary served at the root path. */
final class RootInfoHandler extends BaseRestHandler {

    static final String TAGLINE = "You Know, for Search";

    private final Supplier<ClusterService> clusterService;

    RootInfoHandler(Supplier<ClusterService> clusterService) {
        this.clusterService = clusterService;
    }

    @Override
    public String getName() {
        return "anxue_root_info";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        ClusterService cluster = clusterService.get();
        if (cluster == null) {
            return channel -> channel.sendResponse(new RestResponse(RestStatus.SERVICE_UNAVAILABLE, "node is starting"));
        }
        ClusterState state = cluster.state();
        Build build = Build.current();
        return channel -> {
            XContentBuilder json = channel.newBuilder();
            json.startObject();
            json.field("name", cluster.localNode().getName());
            json.field("cluster_name", cluster.getClusterName().value());
            json.field("cluster_uuid", state.metadata().clusterUUID());
            json.startObject("version");
            json.field("number", build.qualifiedVersion());
            json.field("build_flavor", build.flavor());
            json.field("build_type", build.type().displayName());
            json.field("build_hash", build.hash());
            json.field("build_date", build.date());
            json.field("build_snapshot", build.isSnapshot());
            json.field("lucene_version", IndexVersion.current().luceneVersion().toString());
            json.field("minimum_wire_compatibility_version", build.minWireCompatVersion());
            json.field("minimum_index_compatibility_version", build.minIndexCompatVersion());
            json.endObject();
            json.field("tagline", TAGLINE);
            json.endObject();
            channel.sendResponse(new RestResponse(RestStatus.OK, json));
        };
    }
}
