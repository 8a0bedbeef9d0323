// The injected clock: SystemClock reads the wall clock at millisecond precision, ManualClock only moves when
// told to (so expiry is tested without sleeping) and is safe to move from several threads.
#include "shared/Clock.h"

#include "shared/TokenStatus.h"

#include "tests/shared/SharedTestPrinters.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace wither;
using namespace std::chrono_literals;

class TestClock : public QObject {
    Q_OBJECT

private slots:
    void systemClockFollowsTheWallClock() {
        const auto before = std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
        const TimePoint now = SystemClock::instance().now();
        const auto after = std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
        QVERIFY(before <= now);
        QVERIFY(now <= after);
    }

    void systemClockIsOneInstance() {
        QCOMPARE(&SystemClock::instance(), &SystemClock::instance());
        const Clock& clock = SystemClock::instance(); // usable where a Clock is expected
        QVERIFY(clock.now().time_since_epoch().count() > 0);
    }

    void manualClockStartsWhereTold() {
        const ManualClock clock(fromEpochMillis(1'795'000'000'123));
        QCOMPARE(clock.now(), fromEpochMillis(1'795'000'000'123));
        QCOMPARE(clock.now(), clock.now()); // does not move by itself
    }

    void manualClockAdvancesAndIsSet() {
        ManualClock clock(fromEpochMillis(0));
        clock.advance(1500ms);
        QCOMPARE(toEpochMillis(clock.now()), std::int64_t(1500));
        clock.advance(std::chrono::hours(1));
        QCOMPARE(toEpochMillis(clock.now()), std::int64_t(1500 + 3'600'000));
        clock.advance(-500ms); // going back is allowed, e.g. to test a clock step
        QCOMPARE(toEpochMillis(clock.now()), std::int64_t(3'601'000));
        clock.set(fromEpochMillis(-42));
        QCOMPARE(toEpochMillis(clock.now()), std::int64_t(-42));
    }

    void manualClockDrivesExpiryWithoutSleeping() {
        const TimePoint start = fromEpochMillis(1'795'000'000'000);
        ManualClock clock(start);
        const Clock& injected = clock;
        TokenState token;
        token.expiresAt = start + 2s;
        QCOMPARE(toString(deriveTokenStatus(token, injected.now())), toString(TokenStatus::Active));
        clock.advance(1999ms);
        QCOMPARE(toString(deriveTokenStatus(token, injected.now())), toString(TokenStatus::Active));
        clock.advance(1ms);
        QCOMPARE(toString(deriveTokenStatus(token, injected.now())), toString(TokenStatus::Expired));
    }

    void manualClockIsSafeAcrossThreads() {
        ManualClock clock(fromEpochMillis(0));
        constexpr int kThreads = 4;
        constexpr int kSteps = 10'000;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&clock] {
                for (int i = 0; i < kSteps; ++i) {
                    clock.advance(1ms);
                    (void)clock.now();
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        QCOMPARE(toEpochMillis(clock.now()), std::int64_t(kThreads) * kSteps);
    }
};

QTEST_APPLESS_MAIN(TestClock)
#include "TestClock.moc"
