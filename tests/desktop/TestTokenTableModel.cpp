#include "models/ModelRoles.h"
#include "models/StatusText.h"
#include "models/TokenTableModel.h"
#include "style/StatusPalette.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/DesktopTestApp.h"
#include "tests/desktop/support/TestMain.h"

#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace wither;
using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;
using wither::desktop::testing::DesktopTestApp;

/// The token list model against the real server: contents and colours, server-side paging, sorting and
/// filtering, and refreshes that keep the selection on the same tokens.
class TestTokenTableModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void contentsAndColours();
    void colourFollowsTheme();
    void pagesLazily();
    void sortsOnServer();
    void filtersOnServer();
    void refreshKeepsPersistentIndexes();
    void refreshSeesServerChanges();
    void errorsAreReported();

private:
    void load(TokenTableModel& model);
    std::unique_ptr<DesktopServer> m_server;
    std::unique_ptr<DesktopTestApp> m_app;
    std::string m_project;
    std::string m_other;
    std::string m_limited;
    std::string m_revoked;
    std::string m_busy;
};

void TestTokenTableModel::initTestCase() {
    m_server = std::make_unique<DesktopServer>();
    m_app = std::make_unique<DesktopTestApp>(*m_server);
    m_project = m_server->createProject("Model Project", 300).at("id").get<std::string>();
    m_other = m_server->createProject("Other Project").at("id").get<std::string>();
    // Ten tokens: limited, revoked, one with traffic, seven plain (two of them in the other project).
    m_limited =
        m_server->createToken(m_project, {{"max_requests", 2}, {"label", "limited"}}).at("id").get<std::string>();
    m_revoked = m_server->createToken(m_project, {{"label", "to revoke"}}).at("id").get<std::string>();
    m_server->revokeToken(m_revoked);
    const nlohmann::json busy = m_server->createToken(m_project, {{"max_requests", 50}, {"label", "busy"}});
    m_busy = busy.at("id").get<std::string>();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_server->chat(busy.at("token_secret").get<std::string>(), "hello " + std::to_string(i)), 200);
    }
    for (int i = 0; i < 7; ++i) {
        m_server->createToken(i < 2 ? m_other : m_project, {{"label", "plain " + std::to_string(i)}});
    }
}

void TestTokenTableModel::load(TokenTableModel& model) {
    QSignalSpy loaded(&model, &TokenTableModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(10000));
}

void TestTokenTableModel::contentsAndColours() {
    TokenTableModel model(&m_app->client());
    load(model);
    QCOMPARE(model.totalCount(), 10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.headerData(TokenTableModel::RequestsColumn, Qt::Horizontal).toString(), QStringLiteral("Requests"));
    QCOMPARE(model.headerData(TokenTableModel::ActionsColumn, Qt::Horizontal).toString(), QStringLiteral("Actions"));

    const StatusPalette palette = StatusPalette::forApplication();
    const auto busyRow = model.rowOf(QString::fromStdString(m_busy));
    QVERIFY(busyRow);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(*busyRow, TokenTableModel::IdColumn).toString(), QString::fromStdString(m_busy).left(8));
    QVERIFY(
        cell(*busyRow, TokenTableModel::IdColumn, Qt::ToolTipRole).toString().contains(QString::fromStdString(m_busy)));
    QCOMPARE(cell(*busyRow, TokenTableModel::ProjectColumn).toString(), QStringLiteral("Model Project"));
    QCOMPARE(cell(*busyRow, TokenTableModel::StatusColumn).toString(), QStringLiteral("Active"));
    QCOMPARE(cell(*busyRow, TokenTableModel::StatusColumn, StatusColorRole).value<QColor>(),
             palette.statusColor(TokenStatus::Active));
    QCOMPARE(cell(*busyRow, TokenTableModel::RequestsColumn).toString(), QStringLiteral("3/50"));
    QCOMPARE(cell(*busyRow, TokenTableModel::RequestsColumn, SortRole).toLongLong(), 3);
    QVERIFY(
        cell(*busyRow, TokenTableModel::CreatedColumn, Qt::ToolTipRole).toString().endsWith(QStringLiteral(" UTC")));
    QVERIFY(cell(*busyRow, TokenTableModel::ExpiresColumn).toString().contains(QStringLiteral("(in ")));

    const auto revokedRow = model.rowOf(QString::fromStdString(m_revoked));
    QVERIFY(revokedRow);
    QCOMPARE(cell(*revokedRow, TokenTableModel::StatusColumn).toString(), QStringLiteral("Revoked"));
    QCOMPARE(cell(*revokedRow, TokenTableModel::StatusColumn, StatusColorRole).value<QColor>(),
             palette.statusColor(TokenStatus::Revoked));
    QCOMPARE(cell(*revokedRow, 0, CanRevokeRole).toBool(), false);
    QCOMPARE(cell(*revokedRow, TokenTableModel::RequestsColumn).toString(), QStringLiteral("0/∞"));
}

void TestTokenTableModel::colourFollowsTheme() {
    TokenTableModel model(&m_app->client());
    load(model);
    const int row = *model.rowOf(QString::fromStdString(m_revoked));
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    QApplication::setPalette(dark);
    QCOMPARE(model.index(row, TokenTableModel::StatusColumn).data(StatusColorRole).value<QColor>(),
             StatusPalette(StatusPalette::Theme::Dark).statusColor(TokenStatus::Revoked));
    QApplication::setPalette(original);
    QCOMPARE(model.index(row, TokenTableModel::StatusColumn).data(StatusColorRole).value<QColor>(),
             StatusPalette(StatusPalette::Theme::Light).statusColor(TokenStatus::Revoked));
}

void TestTokenTableModel::pagesLazily() {
    TokenTableModel model(&m_app->client());
    model.setPageSize(4);
    load(model);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.totalCount(), 10);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy loaded(&model, &TokenTableModel::loaded);
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page in flight at a time
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 8);
    model.fetchMore({});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(!model.canFetchMore({}));
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.index(row, 0).data(IdRole).toString());
    }
    QCOMPARE(ids.size(), 10); // no row twice, none missing
}

void TestTokenTableModel::sortsOnServer() {
    TokenTableModel model(&m_app->client());
    model.setPageSize(3);
    load(model);
    QSignalSpy loaded(&model, &TokenTableModel::loaded);
    model.sort(TokenTableModel::RequestsColumn, Qt::DescendingOrder);
    QVERIFY(loaded.wait(10000));
    QVERIFY(model.query().sort == TokenSortKey::RequestCount);
    // The busiest token comes first although only the first page is loaded: the server sorted all of them.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), QString::fromStdString(m_busy));

    model.sort(TokenTableModel::StatusColumn, Qt::AscendingOrder);
    QVERIFY(loaded.wait(10000));
    QVERIFY(model.query().sort == TokenSortKey::Status);
    // A column the server cannot sort by leaves the query alone.
    model.sort(TokenTableModel::ProjectColumn, Qt::AscendingOrder);
    QVERIFY(model.query().sort == TokenSortKey::Status);
}

void TestTokenTableModel::filtersOnServer() {
    TokenTableModel model(&m_app->client());
    TokenQuery query;
    query.statuses = {TokenStatus::Revoked};
    QSignalSpy loaded(&model, &TokenTableModel::loaded);
    model.setQuery(query);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), QString::fromStdString(m_revoked));

    query.statuses.clear();
    query.projectId = QString::fromStdString(m_other);
    model.setQuery(query);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.totalCount(), 2);

    query.projectId.clear();
    query.search = QStringLiteral("limited");
    model.setQuery(query);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), QString::fromStdString(m_limited));
}

void TestTokenTableModel::refreshKeepsPersistentIndexes() {
    TokenTableModel model(&m_app->client());
    load(model);
    const int row = *model.rowOf(QString::fromStdString(m_busy));
    const QPersistentModelIndex selected = model.index(row, TokenTableModel::StatusColumn);
    // A new token appears at the top (newest first): every row moves down by one.
    const std::string fresh = m_server->createToken(m_project, {{"label", "fresh"}}).at("id").get<std::string>();
    QSignalSpy loaded(&model, &TokenTableModel::loaded);
    model.refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), QString::fromStdString(fresh));
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), row + 1);
    QCOMPARE(selected.data(IdRole).toString(), QString::fromStdString(m_busy));
    QCOMPARE(selected.column(), int(TokenTableModel::StatusColumn));
}

void TestTokenTableModel::refreshSeesServerChanges() {
    TokenTableModel model(&m_app->client());
    load(model);
    const QString limited = QString::fromStdString(m_limited);
    const QPersistentModelIndex index = model.index(*model.rowOf(limited), TokenTableModel::StatusColumn);
    QCOMPARE(index.data().toString(), QStringLiteral("Active"));
    m_server->revokeToken(m_limited);
    QSignalSpy changed(&model, &TokenTableModel::dataChanged);
    QSignalSpy loaded(&model, &TokenTableModel::loaded);
    model.refresh();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(index.data().toString(), QStringLiteral("Revoked"));
}

void TestTokenTableModel::errorsAreReported() {
    ApiClient wrongKey;
    wrongKey.setServerUrl(m_server->url());
    wrongKey.setManagementKey(QStringLiteral("sk-wm-nopenopenopenopenopenopenopeno12"));
    TokenTableModel model(&wrongKey);
    QSignalSpy errors(&model, &TokenTableModel::errorOccurred);
    model.reload();
    QVERIFY(errors.wait(10000));
    QVERIFY(errors.first().first().value<ApiClientError>().isUnauthorized());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

WITHER_DESKTOP_TEST_MAIN(TestTokenTableModel)
#include "TestTokenTableModel.moc"
