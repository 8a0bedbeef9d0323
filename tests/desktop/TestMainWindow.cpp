#include "dialogs/AboutDialog.h"
#include "dialogs/GenerateTokenDialog.h"
#include "models/ModelRoles.h"
#include "models/ProjectTableModel.h"
#include "models/TokenTableModel.h"
#include "views/MainWindow.h"
#include "views/MessageBar.h"
#include "views/ProjectDetailsPage.h"
#include "views/ProjectsPage.h"
#include "views/TokenDetailsPage.h"
#include "views/TokenListView.h"
#include "views/TokensPage.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/DesktopTestApp.h"
#include "tests/desktop/support/TestMain.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace wither;
using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;
using wither::desktop::testing::DesktopTestApp;

/// The main window driven like a user would, against the real server: shortcuts, navigation, auto-refresh that
/// keeps selection and scroll position, remembered geometry, and an auditor key that cannot change anything.
class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void shortcuts();
    void navigationAndBack();
    void autoRefreshKeepsSelectionAndScroll();
    void pauseAutoRefresh();
    void generateFromProjectPagePreselects();
    void deleteRevokesSelection();
    void auditorRoleHidesMutations();
    void geometryIsRemembered();
    void aboutNamesBothVersions();
    void statusBarShowsServerAndRole();

private:
    void waitIdle(ApiClient& client);
    std::unique_ptr<DesktopServer> m_server;
    std::unique_ptr<DesktopTestApp> m_app;
    std::string m_project;
};

void TestMainWindow::initTestCase() {
    m_server = std::make_unique<DesktopServer>();
    m_app = std::make_unique<DesktopTestApp>(*m_server);
    m_project = m_server->createProject("Window Project").at("id").get<std::string>();
    for (int i = 0; i < 60; ++i) {
        m_server->createToken(m_project, {{"label", "token " + std::to_string(i)}});
    }
}

void TestMainWindow::waitIdle(ApiClient& client) {
    QTRY_VERIFY_WITH_TIMEOUT(client.pendingRequests() == 0, 10000);
    QTest::qWait(50);
    QTRY_VERIFY_WITH_TIMEOUT(client.pendingRequests() == 0, 10000);
}

void TestMainWindow::shortcuts() {
    MainWindow window(m_app->context());
    QCOMPARE(window.generateAction()->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(window.generateAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QVERIFY(window.refreshAction()->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QCOMPARE(window.revokeAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(window.findAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));

    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    waitIdle(m_app->client());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), MainWindow::TokensSection);
    QTRY_VERIFY(window.tokensPage()->searchEdit()->hasFocus());

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(window.generateDialog() != nullptr);
    window.generateDialog()->reject();
    waitIdle(m_app->client());
}

void TestMainWindow::navigationAndBack() {
    MainWindow window(m_app->context());
    window.show();
    window.showSection(MainWindow::TokensSection);
    waitIdle(m_app->client());
    TokenTableModel* model = window.tokensPage()->list()->model();
    QVERIFY(model->rowCount() > 0);
    const QString id = model->index(3, 0).data(IdRole).toString();
    emit m_app->context().openTokenRequested(id);
    QCOMPARE(window.currentPage(), window.tokenDetailsPage());
    QCOMPARE(window.currentSection(), MainWindow::TokensSection); // the sidebar keeps Tokens highlighted
    QCOMPARE(window.tokenDetailsPage()->tokenId(), id);
    emit window.tokenDetailsPage()->backRequested();
    QCOMPARE(window.currentPage(), window.tokensPage());

    emit m_app->context().openProjectRequested(QString::fromStdString(m_project));
    QCOMPARE(window.currentPage(), window.projectDetailsPage());
    waitIdle(m_app->client());
    QTRY_COMPARE(window.projectDetailsPage()->tokens()->model()->totalCount(), qint64(60));
}

void TestMainWindow::autoRefreshKeepsSelectionAndScroll() {
    MainWindow window(m_app->context());
    window.resize(1200, 600);
    window.show();
    window.showSection(MainWindow::TokensSection);
    waitIdle(m_app->client());
    QTableView* table = window.tokensPage()->list()->table();
    // Scroll down a little and select a row in the middle.
    table->verticalScrollBar()->setValue(5);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    table->selectRow(10);
    const QString selected = table->selectionModel()->selectedRows().first().data(IdRole).toString();

    QVERIFY(window.autoRefreshTimer()->isActive());
    QCOMPARE(window.autoRefreshTimer()->interval(), 15000); // the default
    // Something changes on the server between two refreshes: a new token appears at the top.
    m_server->createToken(m_project, {{"label", "arrived during refresh"}});
    // Let the auto-refresh timer fire (sooner than its 15 s), then stop it.
    window.autoRefreshTimer()->start(20);
    QTRY_COMPARE_WITH_TIMEOUT(window.tokensPage()->list()->model()->totalCount(), qint64(61), 10000);
    window.autoRefreshTimer()->stop();
    waitIdle(m_app->client());
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(IdRole).toString(), selected);
    QCOMPARE(rows.first().row(), 11);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
}

void TestMainWindow::pauseAutoRefresh() {
    MainWindow window(m_app->context());
    QVERIFY(window.autoRefreshTimer()->isActive());
    window.autoRefreshAction()->trigger();
    QVERIFY(!window.autoRefreshTimer()->isActive());
    QVERIFY(m_app->settings().autoRefreshPaused());
    QVERIFY(window.statusText().contains(QStringLiteral("auto-refresh paused")));
    window.autoRefreshAction()->trigger();
    QVERIFY(window.autoRefreshTimer()->isActive());
    QVERIFY(!m_app->settings().autoRefreshPaused());
}

void TestMainWindow::generateFromProjectPagePreselects() {
    const std::string other = m_server->createProject("Second Project").at("id").get<std::string>();
    MainWindow window(m_app->context());
    window.show();
    QSignalSpy projects(m_app->context().projects(), &ProjectTableModel::loaded);
    m_app->context().projects()->reload();
    QVERIFY(projects.wait(10000));
    window.openProject(QString::fromStdString(other));
    waitIdle(m_app->client());
    QTest::mouseClick(window.projectDetailsPage()->generateButton(), Qt::LeftButton);
    GenerateTokenDialog* dialog = window.generateDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->projectBox()->currentData(Qt::UserRole).toString(), QString::fromStdString(other));
    QSignalSpy created(dialog, &GenerateTokenDialog::tokenCreated);
    dialog->generate();
    QVERIFY(created.wait(10000));
    QCOMPARE(created.first().first().value<Token>().projectId, other);
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("generated for Second Project")));
    dialog->copySecret();
    dialog->accept();
}

void TestMainWindow::deleteRevokesSelection() {
    MainWindow window(m_app->context());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showSection(MainWindow::TokensSection);
    waitIdle(m_app->client());
    QTableView* table = window.tokensPage()->list()->table();
    table->setFocus();
    table->selectRow(0);
    const QString id = table->selectionModel()->selectedRows().first().data(IdRole).toString();
    QTest::keyClick(table, Qt::Key_Delete);
    RevokeTokensDialog* dialog = window.tokensPage()->list()->revokeDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->mode() == RevokeTokensDialog::Mode::Single);
    QSignalSpy revoked(dialog, &RevokeTokensDialog::revoked);
    dialog->confirm();
    QVERIFY(revoked.wait(10000));
    QCOMPARE(m_server->token(id.toStdString()).at("status").get<std::string>(), std::string("revoked"));
    QTRY_VERIFY(window.messageBar()->text().contains(QStringLiteral("revoked")));
}

void TestMainWindow::auditorRoleHidesMutations() {
    const QString key = QString::fromStdString(m_server->createKey("window-auditor", "auditor"));
    DesktopTestApp auditor(*m_server, key);
    QVERIFY(auditor.context().role() == Role::Auditor);
    MainWindow window(auditor.context());
    window.show();
    QVERIFY(!window.generateAction()->isEnabled());
    QVERIFY(!window.revokeAction()->isEnabled());
    QCOMPARE(window.generateAction()->toolTip(), AppContext::readOnlyReason());
    QVERIFY(window.statusText().contains(QStringLiteral("Auditor (read-only)")));
    QVERIFY(window.openGenerateDialog() == nullptr);
    QCOMPARE(window.messageBar()->text(), AppContext::readOnlyReason());

    window.showSection(MainWindow::TokensSection);
    waitIdle(auditor.client());
    QVERIFY(window.tokensPage()->generateButton()->isHidden());
    QVERIFY(window.tokensPage()->revokeButton()->isHidden());
    QVERIFY(!window.tokensPage()->exportButton()->isHidden()); // reading is allowed
    QTableView* table = window.tokensPage()->list()->table();
    table->selectRow(0);
    const QString id = table->selectionModel()->selectedRows().first().data(IdRole).toString();
    const std::string before = m_server->token(id.toStdString()).at("status").get<std::string>();
    window.revokeSelected();
    QVERIFY(window.tokensPage()->list()->revokeDialog() == nullptr);
    QCOMPARE(m_server->token(id.toStdString()).at("status").get<std::string>(), before);

    window.showSection(MainWindow::ProjectsSection);
    waitIdle(auditor.client());
    QVERIFY(window.projectsPage()->newButton()->isHidden());
    QVERIFY(window.projectsPage()->editButton()->isHidden());
    QVERIFY(window.projectsPage()->activationButton()->isHidden());
    window.openProject(QString::fromStdString(m_project));
    waitIdle(auditor.client());
    QVERIFY(window.projectDetailsPage()->generateButton()->isHidden());
    QVERIFY(window.projectDetailsPage()->revokeAllButton()->isHidden());
    window.projectDetailsPage()->revokeAll();
    QVERIFY(window.projectDetailsPage()->openDialog() == nullptr);
}

void TestMainWindow::geometryIsRemembered() {
    {
        MainWindow window(m_app->context());
        window.show();
        window.resize(1111, 777);
        QTRY_COMPARE(window.size(), QSize(1111, 777));
        window.close();
    }
    QVERIFY(!m_app->settings().windowGeometry().isEmpty());
    MainWindow again(m_app->context());
    again.show();
    QTRY_COMPARE(again.size(), QSize(1111, 777));
}

void TestMainWindow::aboutNamesBothVersions() {
    const QString text = AboutDialog::aboutText(m_server->url().toString(), QStringLiteral("0.1.0"));
    QVERIFY(text.contains(QStringLiteral("wither-admin " WITHER_VERSION)));
    QVERIFY(text.contains(QStringLiteral("Wither 0.1.0 at ") + m_server->url().toString()));
    QVERIFY(AboutDialog::aboutText({}, {}).contains(QStringLiteral("Not connected")));
}

void TestMainWindow::statusBarShowsServerAndRole() {
    MainWindow window(m_app->context());
    window.show();
    window.refresh();
    waitIdle(m_app->client());
    const QString status = window.statusText();
    QVERIFY2(status.contains(m_server->url().toString()), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("Role: Admin")));
    QVERIFY(status.contains(QStringLiteral("Connected")));
    QVERIFY(status.contains(QStringLiteral("Last refresh")));
}

WITHER_DESKTOP_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
