// In-memory minute buckets: grouping, merging and draining under concurrency.
#include "usage/UsageAggregator.h"

#include <QtTest>

#include <thread>

using namespace wither;
using namespace wither::usage;

namespace {
UsageSample sample(const char* token, std::int64_t ms, bool cached, double latency) {
    UsageSample s;
    s.tokenId = token;
    s.projectId = "p";
    s.at = fromEpochMillis(ms);
    s.cached = cached;
    s.upstream = !cached;
    s.latencyMs = latency;
    s.bytesIn = 10;
    s.bytesOut = 20;
    return s;
}
} // namespace

class TestUsageAggregator : public QObject {
    Q_OBJECT

private slots:
    void groupsByTokenAndMinute() {
        UsageAggregator agg;
        agg.add(sample("a", 60'000, true, 5));
        agg.add(sample("a", 119'999, false, 15));
        agg.add(sample("a", 120'000, false, 1));
        agg.add(sample("b", 60'000, false, 1));
        QCOMPARE(agg.pendingBuckets(), std::size_t{3});
        auto rows = agg.drain();
        QCOMPARE(agg.pendingBuckets(), std::size_t{0});
        QCOMPARE(rows.size(), std::size_t{3});
        const auto& a1 =
            *std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r.tokenId == "a" && r.minute == 1; });
        QCOMPARE(a1.requests, std::int64_t{2});
        QCOMPARE(a1.cached, std::int64_t{1});
        QCOMPARE(a1.upstream, std::int64_t{1});
        QCOMPARE(a1.latencySumMs, 20.0);
        QCOMPARE(a1.latencyMaxMs, 15.0);
        QCOMPARE(a1.bytesOut, std::int64_t{40});
    }

    void restoreMergesWithNewTraffic() {
        UsageAggregator agg;
        agg.add(sample("a", 0, false, 3));
        auto rows = agg.drain();
        agg.add(sample("a", 1000, false, 7));
        agg.restore(rows);
        rows = agg.drain();
        QCOMPARE(rows.size(), std::size_t{1});
        QCOMPARE(rows[0].requests, std::int64_t{2});
        QCOMPARE(rows[0].latencyMaxMs, 7.0);
    }

    void epochMinuteFloors() {
        QCOMPARE(UsageAggregator::epochMinute(fromEpochMillis(59'999)), std::int64_t{0});
        QCOMPARE(UsageAggregator::epochMinute(fromEpochMillis(60'000)), std::int64_t{1});
        QCOMPARE(UsageAggregator::epochMinute(fromEpochMillis(-1)), std::int64_t{-1});
    }

    void concurrentAddsAndDrainsLoseNothing() {
        UsageAggregator agg;
        constexpr int kThreads = 8;
        constexpr int kPerThread = 5000;
        std::atomic<bool> done{false};
        std::int64_t drained = 0;
        std::thread drainer([&] {
            while (!done.load()) {
                for (const auto& row : agg.drain()) {
                    drained += row.requests;
                }
            }
        });
        std::vector<std::thread> writers;
        for (int t = 0; t < kThreads; ++t) {
            writers.emplace_back([&, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    agg.add(sample(t % 2 ? "a" : "b", i * 1000, i % 3 == 0, 1));
                }
            });
        }
        for (auto& w : writers) {
            w.join();
        }
        done = true;
        drainer.join();
        for (const auto& row : agg.drain()) {
            drained += row.requests;
        }
        QCOMPARE(drained, std::int64_t{kThreads * kPerThread});
    }
};

QTEST_APPLESS_MAIN(TestUsageAggregator)
#include "TestUsageAggregator.moc"
