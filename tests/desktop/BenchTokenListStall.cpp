// Benchmark: does the UI thread stall while the token list loads and refreshes 100 000 tokens?
//
// Seeds a stopped wither-proxy's SQLite file directly with N tokens (going through the API would take far
// longer; this is a benchmark, not a behaviour test), restarts the server, then drives the real TokensPage in
// an offscreen window: first page, paging through every row, a server-side re-sort and auto-refreshes. A 5 ms
// heartbeat timer measures the longest gap between two ticks of the event loop.
//
// Usage: BenchTokenListStall [tokens=100000]   (prints one line per phase and a JSON summary)

#include "app/AppContext.h"
#include "app/Settings.h"
#include "models/TokenTableModel.h"
#include "style/Icons.h"
#include "views/TokenListView.h"
#include "views/TokensPage.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/DesktopTestApp.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;
using wither::desktop::testing::DesktopTestApp;

namespace {

/// Longest gap between two heartbeat ticks while it runs.
class Heartbeat : public QObject {
public:
    Heartbeat() {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0) {
                m_gaps.push_back((now - m_last) / 1e6);
            }
            m_last = now;
        });
    }
    void start() {
        m_gaps.clear();
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxGapMs() const { return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    double percentile(double p) const {
        if (m_gaps.empty()) {
            return 0;
        }
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1))];
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

void check(int rc, sqlite3* db, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

/// Inserts `count` tokens for the project straight into the tokens table of a stopped server.
void seed(const std::string& dbPath, const std::string& projectId, int count) {
    sqlite3* db = nullptr;
    check(sqlite3_open(dbPath.c_str(), &db), db, "open");
    check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO tokens (id, secret_hash, hint, project_id, label, is_active, created_at, "
                             "expires_at, revoked_at, last_used_at, request_count, cache_hit_count, upstream_count, "
                             "max_requests) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                             -1, &insert, nullptr),
          db, "prepare");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto* random = QRandomGenerator::global();
    for (int i = 0; i < count; ++i) {
        const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        QByteArray hash(32, Qt::Uninitialized);
        random->fillRange(reinterpret_cast<quint32*>(hash.data()), 8);
        const QByteArray hint = "sk-wt-" + id.left(4) + "\xe2\x80\xa6" + id.right(4);
        const QByteArray label = "bench " + QByteArray::number(i);
        const qint64 created = now - qint64(random->bounded(30 * 24 * 3600)) * 1000;
        const bool revoked = i % 10 == 0;
        const qint64 requests = random->bounded(200);
        sqlite3_bind_text(insert, 1, id.constData(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(insert, 2, hash.constData(), static_cast<int>(hash.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, hint.constData(), static_cast<int>(hint.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 4, projectId.c_str(), static_cast<int>(projectId.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 5, label.constData(), static_cast<int>(label.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 6, revoked ? 0 : 1);
        sqlite3_bind_int64(insert, 7, created);
        sqlite3_bind_int64(insert, 8, created + qint64(1 + random->bounded(720)) * 3600 * 1000);
        if (revoked) {
            sqlite3_bind_int64(insert, 9, created + 1000);
        } else {
            sqlite3_bind_null(insert, 9);
        }
        sqlite3_bind_int64(insert, 10, created + 2000);
        sqlite3_bind_int64(insert, 11, requests);
        sqlite3_bind_int64(insert, 12, requests / 3);
        sqlite3_bind_int64(insert, 13, requests - requests / 3);
        if (i % 3 == 0) {
            sqlite3_bind_int64(insert, 14, 250);
        } else {
            sqlite3_bind_null(insert, 14);
        }
        check(sqlite3_step(insert), db, "insert");
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    sqlite3_close(db);
}

} // namespace

int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("WITHER_ADMIN_KEYSTORE", "file");
    QApplication app(argc, argv);
    Icons::initResources();
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTextStream out(stdout);

    DesktopServer server(false);
    const std::string project = server.createProject("Bench").at("id").get<std::string>();
    const std::string dataDir = server.proxy().dataDir();
    server.proxy().stop();
    QElapsedTimer seeding;
    seeding.start();
    seed(dataDir + "/wither.db", project, count);
    server.proxy().restart();
    out << "seeded " << count << " tokens in " << seeding.elapsed() << " ms\n" << Qt::flush;

    DesktopTestApp testApp(server);
    TokensPage page(testApp.context());
    page.resize(1280, 800);
    page.show();
    TokenTableModel* model = page.list()->model();
    Heartbeat heartbeat;
    const auto waitIdle = [&](int timeoutMs) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            QApplication::processEvents(QEventLoop::AllEvents, 5);
            if (!model->isLoading() && testApp.client().pendingRequests() == 0) {
                return true;
            }
        }
        return false;
    };
    QStringList phases;
    const auto phase = [&](const QString& name, const std::function<void()>& action, int timeoutMs = 600000) {
        QElapsedTimer t;
        heartbeat.start();
        t.start();
        action();
        waitIdle(timeoutMs);
        const qint64 elapsed = t.elapsed();
        heartbeat.stop();
        out << QStringLiteral("%1: %2 ms, rows %3 of %4, UI max stall %5 ms, p99 gap %6 ms\n")
                   .arg(name, -28)
                   .arg(elapsed)
                   .arg(model->rowCount())
                   .arg(model->totalCount())
                   .arg(heartbeat.maxGapMs(), 0, 'f', 1)
                   .arg(heartbeat.percentile(0.99), 0, 'f', 1)
            << Qt::flush;
        phases << QStringLiteral("{\"phase\":\"%1\",\"ms\":%2,\"rows\":%3,\"max_stall_ms\":%4}")
                      .arg(name)
                      .arg(elapsed)
                      .arg(model->rowCount())
                      .arg(heartbeat.maxGapMs(), 0, 'f', 1);
    };

    phase(QStringLiteral("first page"), [&] { page.refresh(); });
    phase(QStringLiteral("scroll through every row"), [&] {
        // Scrolling to the end triggers fetchMore page after page, as a user holding End would.
        QTableView* table = page.list()->table();
        while (model->rowCount() < model->totalCount()) {
            table->scrollToBottom();
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        }
    });
    phase(QStringLiteral("auto-refresh, all rows"), [&] { page.refresh(); });
    // A new token at the top shifts every row: the refresh must move the selection with its token.
    page.list()->table()->selectRow(50000);
    wither::CreateTokenRequest request;
    request.projectId = project;
    request.label = "arrived during the benchmark";
    DesktopTestApp::wait<wither::CreatedToken>(
        [&](auto done, auto failed) { testApp.client().createToken(request, nullptr, done, failed); });
    phase(QStringLiteral("refresh after an insert"), [&] { page.refresh(); });
    phase(QStringLiteral("sort by requests (server)"),
          [&] { model->sort(TokenTableModel::RequestsColumn, Qt::DescendingOrder); });
    phase(QStringLiteral("auto-refresh, first page"), [&] { page.refresh(); });
    out << "[" << phases.join(QStringLiteral(",")) << "]\n";
    return 0;
}
