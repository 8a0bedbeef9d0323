#include "dialogs/RevokeTokensDialog.h"
#include "views/MessageBar.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/DesktopTestApp.h"
#include "tests/desktop/support/TestMain.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace wither;
using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;
using wither::desktop::testing::DesktopTestApp;

/// The revocation confirmations against the real server: after confirming, the server state has changed.
class TestRevokeTokensDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void singleTokenRevokedOnServer();
    void cancelChangesNothing();
    void selectionShowsCountAndFirstIds();
    void selectionRevokedWithServerCounts();
    void projectNeedsTypedName();
    void projectRevokedWithServerCounts();
    void serverErrorStaysInDialog();

private:
    Token fetch(const std::string& id);
    std::unique_ptr<DesktopServer> m_server;
    std::unique_ptr<DesktopTestApp> m_app;
    std::string m_project;
};

void TestRevokeTokensDialog::initTestCase() {
    m_server = std::make_unique<DesktopServer>();
    m_app = std::make_unique<DesktopTestApp>(*m_server);
    m_project = m_server->createProject("Revoke Project").at("id").get<std::string>();
}

Token TestRevokeTokensDialog::fetch(const std::string& id) {
    const auto [token, error] = DesktopTestApp::wait<Token>(
        [&](auto done, auto failed) { m_app->client().token(QString::fromStdString(id), nullptr, done, failed); });
    return token.value_or(Token{});
}

void TestRevokeTokensDialog::singleTokenRevokedOnServer() {
    const std::string id = m_server->createToken(m_project, {{"label", "single"}}).at("id").get<std::string>();
    std::unique_ptr<RevokeTokensDialog> dialog(RevokeTokensDialog::forToken(&m_app->client(), fetch(id), nullptr));
    QVERIFY2(dialog->text().contains(QStringLiteral("Revoke token <code>%1</code>? It immediately becomes unusable.")
                                         .arg(QString::fromStdString(id).left(8))),
             qPrintable(dialog->text()));
    dialog->show();
    QSignalSpy revoked(dialog.get(), &RevokeTokensDialog::revoked);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(revoked.wait(10000));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const nlohmann::json stored = m_server->token(id);
    QCOMPARE(stored.at("status").get<std::string>(), std::string("revoked"));
    QVERIFY(!stored.at("revoked_at").is_null());
}

void TestRevokeTokensDialog::cancelChangesNothing() {
    const std::string id = m_server->createToken(m_project).at("id").get<std::string>();
    std::unique_ptr<RevokeTokensDialog> dialog(RevokeTokensDialog::forToken(&m_app->client(), fetch(id), nullptr));
    dialog->show();
    // Enter must not revoke: the default button is Cancel.
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_server->token(id).at("status").get<std::string>(), std::string("active"));
}

void TestRevokeTokensDialog::selectionShowsCountAndFirstIds() {
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        ids << QStringLiteral("%1aaaaaaa-0000-4000-8000-00000000000%2").arg(i).arg(i);
    }
    std::unique_ptr<RevokeTokensDialog> dialog(RevokeTokensDialog::forSelection(&m_app->client(), ids, nullptr));
    const QString text = dialog->text();
    QVERIFY2(text.contains(QStringLiteral("Revoke 7 selected token(s)?")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("<code>0aaaaaaa</code>")));
    QVERIFY(text.contains(QStringLiteral("<code>4aaaaaaa</code>")));
    QVERIFY(!text.contains(QStringLiteral("5aaaaaaa")));
    QVERIFY2(text.contains(QStringLiteral("and 2 more")), qPrintable(text));
    QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("Revoke 7 Token(s)"));
}

void TestRevokeTokensDialog::selectionRevokedWithServerCounts() {
    const std::string a = m_server->createToken(m_project).at("id").get<std::string>();
    const std::string b = m_server->createToken(m_project).at("id").get<std::string>();
    const std::string c = m_server->createToken(m_project).at("id").get<std::string>();
    const std::string untouched = m_server->createToken(m_project).at("id").get<std::string>();
    m_server->revokeToken(c);
    const QStringList ids = {QString::fromStdString(a), QString::fromStdString(b), QString::fromStdString(c)};
    std::unique_ptr<RevokeTokensDialog> dialog(RevokeTokensDialog::forSelection(&m_app->client(), ids, nullptr));
    dialog->show();
    QSignalSpy revoked(dialog.get(), &RevokeTokensDialog::revoked);
    dialog->confirm();
    QVERIFY(revoked.wait(10000));
    QVERIFY(dialog->finishedRevoking());
    QVERIFY(dialog->isVisible()); // stays open to show the counts
    QVERIFY2(dialog->text().contains(QStringLiteral("Revoked 2 token(s). 1 were already revoked.")),
             qPrintable(dialog->text()));
    for (const std::string& id : {a, b, c}) {
        QCOMPARE(m_server->token(id).at("status").get<std::string>(), std::string("revoked"));
    }
    QCOMPARE(m_server->token(untouched).at("status").get<std::string>(), std::string("active"));
}

void TestRevokeTokensDialog::projectNeedsTypedName() {
    const nlohmann::json project = m_server->project(m_project);
    Project p;
    p.id = m_project;
    p.name = project.at("name").get<std::string>();
    p.activeTokenCount = project.at("active_token_count").get<std::int64_t>();
    std::unique_ptr<RevokeTokensDialog> dialog(RevokeTokensDialog::forProject(&m_app->client(), p, nullptr));
    dialog->show();
    QVERIFY2(dialog->text().contains(QStringLiteral("affects all tokens immediately and cannot be undone")),
             qPrintable(dialog->text()));
    QVERIFY(dialog->text().contains(QStringLiteral("%1 active token(s)").arg(p.activeTokenCount)));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("Revoke Projec"));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("t "));
    QVERIFY2(!dialog->confirmButton()->isEnabled(), "the name must match exactly");
    QTest::keyClick(dialog->confirmationEdit(), Qt::Key_Backspace);
    QVERIFY(dialog->confirmButton()->isEnabled());
    // Confirming programmatically with a wrong name does nothing either.
    dialog->confirmationEdit()->setText(QStringLiteral("revoke project"));
    dialog->confirm();
    QVERIFY(!dialog->finishedRevoking());
    QVERIFY(m_server->project(m_project).at("active_token_count").get<int>() > 0);
}

void TestRevokeTokensDialog::projectRevokedWithServerCounts() {
    const std::string project = m_server->createProject("Bulk Victim").at("id").get<std::string>();
    for (int i = 0; i < 3; ++i) {
        m_server->createToken(project);
    }
    const std::string already = m_server->createToken(project).at("id").get<std::string>();
    m_server->revokeToken(already);
    const std::string bystander = m_server->createToken(m_project).at("id").get<std::string>();
    Project p;
    p.id = project;
    p.name = "Bulk Victim";
    p.activeTokenCount = 3;
    std::unique_ptr<RevokeTokensDialog> dialog(RevokeTokensDialog::forProject(&m_app->client(), p, nullptr));
    dialog->show();
    QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("Bulk Victim"));
    QSignalSpy revoked(dialog.get(), &RevokeTokensDialog::revoked);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(revoked.wait(10000));
    QVERIFY2(dialog->text().contains(QStringLiteral("Revoked 3 token(s)")), qPrintable(dialog->text()));
    QVERIFY2(dialog->text().contains(QStringLiteral("1 were already revoked; the project has 4 token(s) in total")),
             qPrintable(dialog->text()));
    const nlohmann::json after = m_server->project(project);
    QCOMPARE(after.at("active_token_count").get<int>(), 0);
    QCOMPARE(after.at("token_count").get<int>(), 4);
    QCOMPARE(m_server->token(bystander).at("status").get<std::string>(), std::string("active"));
}

void TestRevokeTokensDialog::serverErrorStaysInDialog() {
    Token ghost;
    ghost.id = "00000000-0000-4000-8000-00000000dead";
    ghost.projectName = "Nowhere";
    std::unique_ptr<RevokeTokensDialog> dialog(RevokeTokensDialog::forToken(&m_app->client(), ghost, nullptr));
    dialog->show();
    dialog->confirm();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->messageBar()->isVisible(), 10000);
    QCOMPARE(dialog->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->confirmButton()->isEnabled());
}

WITHER_DESKTOP_TEST_MAIN(TestRevokeTokensDialog)
#include "TestRevokeTokensDialog.moc"
