#include "dialogs/ProjectActivationDialog.h"
#include "dialogs/ProjectDialog.h"
#include "models/ModelRoles.h"
#include "models/ProjectTableModel.h"
#include "style/StatusPalette.h"
#include "views/MessageBar.h"
#include "views/ProjectsPage.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/DesktopTestApp.h"
#include "tests/desktop/support/TestMain.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace wither;
using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;
using wither::desktop::testing::DesktopTestApp;

/// The projects page against the real server: list, create (key in a password field, never shown back), edit,
/// deactivate with and without revoking the tokens, activate.
class TestProjectsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void listsProjectsWithCounts();
    void createProject();
    void createRefusesObfuscatedKeyAndDuplicates();
    void editKeepsKeyWhenEmpty();
    void deactivateAndRevoke();
    void activateAgain();

private:
    void waitIdle();
    int rowOf(const std::string& id);
    std::unique_ptr<DesktopServer> m_server;
    std::unique_ptr<DesktopTestApp> m_app;
    std::unique_ptr<ProjectsPage> m_page;
    std::string m_existing;
};

void TestProjectsPage::initTestCase() {
    m_server = std::make_unique<DesktopServer>();
    m_app = std::make_unique<DesktopTestApp>(*m_server);
    m_existing = m_server->createProject("Existing", 60).at("id").get<std::string>();
    m_server->createToken(m_existing);
    m_server->revokeToken(m_server->createToken(m_existing).at("id").get<std::string>());
}

void TestProjectsPage::init() {
    m_page = std::make_unique<ProjectsPage>(m_app->context());
    m_page->show();
    m_page->refresh();
    waitIdle();
}

void TestProjectsPage::waitIdle() {
    QTRY_VERIFY_WITH_TIMEOUT(m_app->client().pendingRequests() == 0 && !m_app->context().projects()->isLoading(),
                             10000);
}

int TestProjectsPage::rowOf(const std::string& id) {
    const QAbstractItemModel* model = m_page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IdRole).toString() == QString::fromStdString(id)) {
            return row;
        }
    }
    return -1;
}

void TestProjectsPage::listsProjectsWithCounts() {
    const int row = rowOf(m_existing);
    QVERIFY(row >= 0);
    const QAbstractItemModel* model = m_page->table()->model();
    QCOMPARE(model->index(row, ProjectTableModel::NameColumn).data().toString(), QStringLiteral("Existing"));
    QCOMPARE(model->index(row, ProjectTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model->index(row, ProjectTableModel::TokensColumn).data().toString(),
             QStringLiteral("2 total / 1 active"));
    QCOMPARE(model->index(row, ProjectTableModel::CacheTtlColumn).data().toString(), QStringLiteral("1 min"));
    QCOMPARE(model->index(row, ProjectTableModel::StatusColumn).data(StatusColorRole).value<QColor>(),
             StatusPalette::forApplication().statusColor(TokenStatus::Active));
}

void TestProjectsPage::createProject() {
    m_page->createProject();
    auto* dialog = qobject_cast<ProjectDialog*>(m_page->openDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->apiKeyEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Created In GUI"));
    dialog->upstreamEdit()->setText(QString::fromStdString(m_server->upstreamUrl()));
    QTest::keyClicks(dialog->apiKeyEdit(), QStringLiteral("sk-proj-created-in-gui-0123456789"));
    dialog->cacheTtlBox()->setValue(120);
    QSignalSpy saved(dialog, &ProjectDialog::projectSaved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const Project project = saved.first().first().value<Project>();
    const nlohmann::json stored = m_server->project(project.id);
    QCOMPARE(stored.at("name").get<std::string>(), std::string("Created In GUI"));
    QCOMPARE(stored.at("cache_ttl_seconds").get<int>(), 120);
    QCOMPARE(stored.at("api_key").get<std::string>(), std::string("sk-proj-...6789"));
    QVERIFY(rowOf(project.id) >= 0);
    QCOMPARE(m_page->selectedProject()->id, project.id);
}

void TestProjectsPage::createRefusesObfuscatedKeyAndDuplicates() {
    m_page->createProject();
    auto* dialog = qobject_cast<ProjectDialog*>(m_page->openDialog());
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Existing"));
    dialog->apiKeyEdit()->setText(QStringLiteral("sk-proj-...6789"));
    dialog->save();
    QVERIFY(dialog->messageBar()->text().contains(QStringLiteral("obfuscated")));
    QCOMPARE(m_app->client().pendingRequests(), 0); // refused before asking the server
    dialog->apiKeyEdit()->setText(QStringLiteral("sk-proj-a-real-key-0123456789"));
    dialog->save();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->client().pendingRequests() == 0, 10000);
    QTRY_COMPARE(dialog->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(dialog->isVisible(), "the server's 409 keeps the dialog open");
    QVERIFY(!dialog->messageBar()->text().isEmpty());
    dialog->reject();
}

void TestProjectsPage::editKeepsKeyWhenEmpty() {
    m_page->selectProject(QString::fromStdString(m_existing));
    const std::string keyBefore = m_server->project(m_existing).at("api_key").get<std::string>();
    m_page->editProject();
    auto* dialog = qobject_cast<ProjectDialog*>(m_page->openDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->apiKeyEdit()->text().isEmpty()); // the key is never displayed back
    QVERIFY(dialog->apiKeyEdit()->placeholderText().contains(QString::fromStdString(keyBefore)));
    dialog->nameEdit()->setText(QStringLiteral("Existing Renamed"));
    QSignalSpy saved(dialog, &ProjectDialog::projectSaved);
    dialog->save();
    QVERIFY(saved.wait(10000));
    const nlohmann::json stored = m_server->project(m_existing);
    QCOMPARE(stored.at("name").get<std::string>(), std::string("Existing Renamed"));
    QCOMPARE(stored.at("api_key").get<std::string>(), keyBefore);
    QCOMPARE(m_page->table()->model()->index(rowOf(m_existing), 0).data().toString(),
             QStringLiteral("Existing Renamed"));
}

void TestProjectsPage::deactivateAndRevoke() {
    const std::string project = m_server->createProject("To Deactivate").at("id").get<std::string>();
    const std::string token = m_server->createToken(project).at("id").get<std::string>();
    m_page->refresh();
    waitIdle();
    m_page->selectProject(QString::fromStdString(project));
    QCOMPARE(m_page->activationButton()->text(), QStringLiteral("Deactivate"));
    m_page->toggleActivation();
    auto* dialog = qobject_cast<ProjectActivationDialog*>(m_page->openDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->deactivating());
    dialog->revokeTokensBox()->setChecked(true);
    QSignalSpy changed(dialog, &ProjectActivationDialog::projectChanged);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    const nlohmann::json stored = m_server->project(project);
    QCOMPARE(stored.at("is_active").get<bool>(), false);
    QCOMPARE(m_server->token(token).at("status").get<std::string>(), std::string("revoked"));
    const int row = rowOf(project);
    QCOMPARE(m_page->table()->model()->index(row, ProjectTableModel::StatusColumn).data().toString(),
             QStringLiteral("Inactive"));
    QCOMPARE(m_page->activationButton()->text(), QStringLiteral("Activate"));
}

void TestProjectsPage::activateAgain() {
    const std::string project = m_server->createProject("Sleeping").at("id").get<std::string>();
    const std::string token = m_server->createToken(project).at("id").get<std::string>();
    m_server->setProjectActive(project, false);
    QCOMPARE(m_server->token(token).at("status").get<std::string>(), std::string("project_inactive"));
    m_page->refresh();
    waitIdle();
    m_page->selectProject(QString::fromStdString(project));
    m_page->toggleActivation();
    auto* dialog = qobject_cast<ProjectActivationDialog*>(m_page->openDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->deactivating());
    QVERIFY(dialog->revokeTokensBox() == nullptr);
    QSignalSpy changed(dialog, &ProjectActivationDialog::projectChanged);
    dialog->confirm();
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_server->project(project).at("is_active").get<bool>(), true);
    QCOMPARE(m_server->token(token).at("status").get<std::string>(), std::string("active"));
}

WITHER_DESKTOP_TEST_MAIN(TestProjectsPage)
#include "TestProjectsPage.moc"
