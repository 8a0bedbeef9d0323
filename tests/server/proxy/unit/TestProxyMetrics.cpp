// The Prometheus exposition: names, bounded labels, values.
#include "metrics/ProxyMetrics.h"

#include <QtTest>

using namespace wither;
using namespace wither::metrics;

class TestProxyMetrics : public QObject {
    Q_OBJECT

private slots:
    void exposition() {
        ProxyMetrics metrics;
        metrics.countRequest(RequestOutcome::Upstream, 200);
        metrics.countRequest(RequestOutcome::Upstream, 201);
        metrics.countRequest(RequestOutcome::Denied, 429);
        metrics.countRequest(RequestOutcome::Failed, 0);
        metrics.cacheHit();
        metrics.cacheMiss();
        metrics.cacheStore();
        metrics.cacheEvictions(3);
        metrics.streamStarted();
        metrics.streamStarted();
        metrics.streamEnded();
        metrics.observeUpstreamSeconds(0.2);
        metrics.observeProxySeconds(0.0003);
        metrics.dbError();
        TokenStatusCounts counts;
        counts.active = 4;
        counts.revoked = 2;
        metrics.setTokenCounts(counts);
        const QString text = QString::fromStdString(metrics.serialize());
        QVERIFY(
            text.contains(QStringLiteral(R"(wither_proxy_requests_total{outcome="upstream",status_class="2xx"} 2)")));
        QVERIFY(text.contains(QStringLiteral(R"(wither_proxy_requests_total{outcome="denied",status_class="4xx"} 1)")));
        QVERIFY(text.contains(QStringLiteral(R"(wither_proxy_requests_total{outcome="failed",status_class="5xx"} 1)")));
        QVERIFY(text.contains(QStringLiteral("wither_cache_hits_total 1")));
        QVERIFY(text.contains(QStringLiteral("wither_cache_evictions_total 3")));
        QVERIFY(text.contains(QStringLiteral("wither_active_streams 1")));
        QVERIFY(text.contains(QStringLiteral("wither_upstream_latency_seconds_count 1")));
        QVERIFY(text.contains(QStringLiteral("wither_proxy_added_latency_seconds_bucket{le=\"0.0005\"} 1")));
        QVERIFY(text.contains(QStringLiteral("wither_db_errors_total 1")));
        QVERIFY(text.contains(QStringLiteral(R"(wither_tokens{status="active"} 4)")));
        QVERIFY(text.contains(QStringLiteral(R"(wither_tokens{status="revoked"} 2)")));
        QVERIFY(text.contains(QStringLiteral("# TYPE wither_proxy_requests_total counter")));
    }
};

QTEST_APPLESS_MAIN(TestProxyMetrics)
#include "TestProxyMetrics.moc"
