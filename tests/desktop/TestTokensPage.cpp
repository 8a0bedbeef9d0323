#include "dialogs/RevokeTokensDialog.h"
#include "models/TokenCsvExporter.h"
#include "models/ModelRoles.h"
#include "models/ProjectTableModel.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "views/TokenListView.h"
#include "views/TokensPage.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/DesktopTestApp.h"
#include "tests/desktop/support/TestMain.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wither;
using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;
using wither::desktop::testing::DesktopTestApp;

/// The Tokens page against the real server: filters and header sorting reach the server, multi-select CSV
/// export and bulk revoke.
class TestTokensPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryToken();
    void statusFilterFromCombo();
    void projectFilterFromCombo();
    void searchById();
    void headerClickSortsOnServer();
    void exportSelectedRows();
    void exportAllMatchingRows();
    void revokeSelection();

private:
    void waitLoaded();
    QStringList visibleIds() const;
    QList<QByteArray> readLines(const QString& path);
    std::unique_ptr<DesktopServer> m_server;
    std::unique_ptr<DesktopTestApp> m_app;
    std::unique_ptr<TokensPage> m_page;
    std::string m_chatbot;
    std::string m_batch;
    std::string m_revoked;
    std::string m_busy;
    QTemporaryDir m_dir;
};

void TestTokensPage::initTestCase() {
    m_server = std::make_unique<DesktopServer>();
    m_app = std::make_unique<DesktopTestApp>(*m_server);
    m_chatbot = m_server->createProject("Chatbot").at("id").get<std::string>();
    m_batch = m_server->createProject("Batch").at("id").get<std::string>();
    for (int i = 0; i < 4; ++i) {
        m_server->createToken(m_chatbot, {{"label", "chat " + std::to_string(i)}});
    }
    for (int i = 0; i < 3; ++i) {
        m_server->createToken(m_batch, {{"label", "batch " + std::to_string(i)}});
    }
    m_revoked = m_server->createToken(m_batch, {{"label", "revoked one"}}).at("id").get<std::string>();
    m_server->revokeToken(m_revoked);
    const nlohmann::json busy = m_server->createToken(m_chatbot, {{"max_requests", 10}, {"label", "busy, \"quoted\""}});
    m_busy = busy.at("id").get<std::string>();
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(m_server->chat(busy.at("token_secret").get<std::string>(), "hi " + std::to_string(i)), 200);
    }
}

void TestTokensPage::init() {
    m_page = std::make_unique<TokensPage>(m_app->context());
    m_page->resize(1200, 700);
    m_page->show();
    QSignalSpy projects(m_app->context().projects(), &ProjectTableModel::loaded);
    m_app->context().projects()->reload();
    QVERIFY(projects.wait(10000));
    m_page->refresh();
    waitLoaded();
}

void TestTokensPage::cleanup() {
    m_page.reset();
}

void TestTokensPage::waitLoaded() {
    TokenTableModel* model = m_page->list()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && m_app->client().pendingRequests() == 0, 10000);
}

QStringList TestTokensPage::visibleIds() const {
    QStringList ids;
    const QAbstractItemModel* model = m_page->list()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        ids << model->index(row, 0).data(IdRole).toString();
    }
    return ids;
}

QList<QByteArray> TestTokensPage::readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

void TestTokensPage::listsEveryToken() {
    QCOMPARE(visibleIds().size(), 9);
    QVERIFY(m_page->list()->footerText().startsWith(QStringLiteral("Showing 9 of 9 tokens")));
    QCOMPARE(m_page->projectFilter()->count(), 3); // All projects + 2
}

void TestTokensPage::statusFilterFromCombo() {
    const int revoked = m_page->statusFilter()->findText(QStringLiteral("Revoked"));
    QVERIFY(revoked > 0);
    m_page->statusFilter()->setCurrentIndex(revoked);
    emit m_page->statusFilter()->activated(revoked);
    waitLoaded();
    QVERIFY(m_page->list()->model()->query().statuses == QList<TokenStatus>{TokenStatus::Revoked});
    QCOMPARE(visibleIds(), QStringList{QString::fromStdString(m_revoked)});
    QCOMPARE(m_page->list()->model()->totalCount(), 1);

    const int all = m_page->statusFilter()->findText(QStringLiteral("All"));
    m_page->statusFilter()->setCurrentIndex(all);
    emit m_page->statusFilter()->activated(all);
    waitLoaded();
    QCOMPARE(visibleIds().size(), 9);
}

void TestTokensPage::projectFilterFromCombo() {
    m_page->setProjectFilter(QString::fromStdString(m_batch));
    waitLoaded();
    QCOMPARE(m_page->list()->model()->query().projectId, QString::fromStdString(m_batch));
    QCOMPARE(visibleIds().size(), 4);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(m_page->list()->table()->model()->index(row, TokenTableModel::ProjectColumn).data().toString(),
                 QStringLiteral("Batch"));
    }
}

void TestTokensPage::searchById() {
    const QString prefix = QString::fromStdString(m_busy).left(6);
    QTest::keyClicks(m_page->searchEdit(), prefix);
    // The search is debounced, then sent to the server.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->list()->model()->query().search, prefix, 5000);
    waitLoaded();
    QVERIFY(visibleIds().contains(QString::fromStdString(m_busy)));
    for (const QString& id : visibleIds()) {
        QVERIFY(id.startsWith(prefix));
    }
}

void TestTokensPage::headerClickSortsOnServer() {
    QHeaderView* header = m_page->list()->table()->horizontalHeader();
    const int x = header->sectionViewportPosition(TokenTableModel::RequestsColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    waitLoaded();
    QVERIFY(m_page->list()->model()->query().sort == TokenSortKey::RequestCount);
    const Qt::SortOrder order = m_page->list()->model()->query().order;
    if (order == Qt::AscendingOrder) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        waitLoaded();
    }
    QCOMPARE(m_page->list()->model()->query().order, Qt::DescendingOrder);
    QCOMPARE(visibleIds().first(), QString::fromStdString(m_busy));
    // The table shows the server's order; the proxy does not re-sort it.
    QCOMPARE(m_page->list()->proxy()->sortColumn(), -1);

    // The Project column cannot be sorted on the server: the query and the indicator stay as they were.
    const int px = header->sectionViewportPosition(TokenTableModel::ProjectColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(px, header->height() / 2));
    waitLoaded();
    QVERIFY(m_page->list()->model()->query().sort == TokenSortKey::RequestCount);
    QCOMPARE(header->sortIndicatorSection(), int(TokenTableModel::RequestsColumn));
}

void TestTokensPage::exportSelectedRows() {
    QTableView* table = m_page->list()->table();
    const int busyRow = visibleIds().indexOf(QString::fromStdString(m_busy));
    const int revokedRow = visibleIds().indexOf(QString::fromStdString(m_revoked));
    table->selectionModel()->select(table->model()->index(busyRow, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(revokedRow, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString path = m_dir.filePath(QStringLiteral("selected.csv"));
    bool ok = false;
    bool done = false;
    m_page->exportCsv(path, true, [&](bool result, const QString&) {
        ok = result;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(ok);
    const QList<QByteArray> lines = readLines(path);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith("id,token,project_id,project_name,label,status,"));
    QByteArray all = lines[1] + lines[2];
    QVERIFY(all.contains(QByteArray(QByteArray::fromStdString(m_busy) + ",")));
    QVERIFY(all.contains(QByteArray(QByteArray::fromStdString(m_revoked) + ",")));
    QVERIFY2(all.contains(",\"busy, \"\"quoted\"\"\",active,"), all.constData());
    QVERIFY(all.contains(",revoked one,revoked,"));
    const QByteArray busyLine = lines[1].startsWith(QByteArray::fromStdString(m_busy)) ? lines[1] : lines[2];
    QVERIFY2(busyLine.trimmed().endsWith(",2,0,2,10,8"), busyLine.constData());
}

void TestTokensPage::exportAllMatchingRows() {
    m_page->setProjectFilter(QString::fromStdString(m_chatbot));
    waitLoaded();
    // The export pages through the server on its own, whatever the table has loaded.
    m_page->exporter()->setPageSize(2);
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    bool ok = false;
    bool done = false;
    QString error;
    m_page->exportCsv(path, false, [&](bool result, const QString& message) {
        ok = result;
        error = message;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(ok, qPrintable(error));
    const QList<QByteArray> lines = readLines(path);
    QCOMPARE(lines.size(), 1 + 5); // header + the 5 Chatbot tokens
    QCOMPARE(m_page->exporter()->pagesFetched(), 3);
    for (int i = 1; i < lines.size(); ++i) {
        QVERIFY(lines[i].contains(QByteArray::fromStdString(m_chatbot)));
    }
}

void TestTokensPage::revokeSelection() {
    m_page->setProjectFilter(QString::fromStdString(m_batch));
    waitLoaded();
    QTableView* table = m_page->list()->table();
    QStringList chosen;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString id = table->model()->index(row, 0).data(IdRole).toString();
        if (id != QString::fromStdString(m_revoked) && chosen.size() < 2) {
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
            chosen << id;
        }
    }
    QCOMPARE(chosen.size(), 2);
    QVERIFY(m_page->revokeButton()->isEnabled());
    QCOMPARE(m_page->revokeButton()->text(), QStringLiteral("Revoke Selected (2)"));
    m_page->revokeSelected();
    RevokeTokensDialog* dialog = m_page->list()->revokeDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->mode() == RevokeTokensDialog::Mode::Selection);
    QVERIFY(dialog->text().contains(QStringLiteral("Revoke 2 selected token(s)?")));
    QSignalSpy revoked(dialog, &RevokeTokensDialog::revoked);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(revoked.wait(10000));
    for (const QString& id : chosen) {
        QCOMPARE(m_server->token(id.toStdString()).at("status").get<std::string>(), std::string("revoked"));
    }
    // The list refreshes and shows the new status in place.
    waitLoaded();
    for (const QString& id : chosen) {
        const auto row = m_page->list()->model()->rowOf(id);
        QVERIFY(row);
        QTRY_COMPARE(m_page->list()->model()->index(*row, TokenTableModel::StatusColumn).data().toString(),
                     QStringLiteral("Revoked"));
    }
    dialog->accept();
}

WITHER_DESKTOP_TEST_MAIN(TestTokensPage)
#include "TestTokensPage.moc"
