package vn.lantoa.channels.fake;

import vn.lantoa.channels.connect.ConnectorSettings;

/**
 * Points the application at the fake servers. The integration tests share one application context, in
 * which {@code @DynamicPropertySource} cannot be used; so the fakes are started once per test JVM and
 * each test class moves the connector's base URLs and apps onto them through the test-only setters of
 * {@link ConnectorSettings} (the same values whichever class does it first).
 */
public final class Fakes {

    private Fakes() {
    }

    public static void install(ConnectorSettings settings, boolean withApps) {
        FakeGraphApi graph = FakeGraphApi.shared();
        FakeGraphPosts.shared();
        FakeZaloApi zalo = FakeZaloApi.shared();
        settings.pointAt(graph.graphUrl(), graph.dialogUrl(), zalo.openapiUrl(), zalo.oauthUrl());
        if (withApps) {
            settings.useApps(FakeGraphApi.APP_ID, FakeGraphApi.APP_SECRET, FakeZaloApi.APP_ID, FakeZaloApi.APP_SECRET);
        } else {
            settings.useApps("", "", "", "");
        }
    }
}
