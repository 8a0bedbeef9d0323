#include "dialogs/GenerateTokenDialog.h"
#include "dialogs/MessageBox.h"
#include "views/MessageBar.h"

#include "shared/SecretFormat.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/DesktopTestApp.h"
#include "tests/desktop/support/TestMain.h"

#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>

using namespace wither;
using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;
using wither::desktop::testing::DesktopTestApp;

/// The guide's Steps 1–3 against the real server: presets, inactive projects, the secret shown once and
/// copied, no closing over an uncopied secret, server errors inside the dialog.
class TestGenerateTokenDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void presetsFollowTheGuide();
    void inactiveProjectsAreListedButDisabled();
    void generateShowsSecretOnceAndCopies();
    void refusesToCloseUncopiedSecret();
    void serverErrorShownInDialog();
    void snippetsUseServerUrl();

private:
    std::vector<Project> projects();
    std::unique_ptr<DesktopServer> m_server;
    std::unique_ptr<DesktopTestApp> m_app;
    std::string m_active;
    std::string m_inactive;
};

void TestGenerateTokenDialog::initTestCase() {
    m_server = std::make_unique<DesktopServer>();
    m_app = std::make_unique<DesktopTestApp>(*m_server);
    m_active = m_server->createProject("Generate Active").at("id").get<std::string>();
    m_inactive = m_server->createProject("Generate Inactive").at("id").get<std::string>();
    m_server->setProjectActive(m_inactive, false);
}

std::vector<Project> TestGenerateTokenDialog::projects() {
    const auto [list, error] = DesktopTestApp::wait<std::vector<Project>>(
        [&](auto done, auto failed) { m_app->client().listProjects({}, nullptr, done, failed); });
    return list.value_or(std::vector<Project>{});
}

void TestGenerateTokenDialog::presetsFollowTheGuide() {
    GenerateTokenDialog dialog(&m_app->client());
    QCOMPARE(dialog.durationBox()->value(), 24.0); // the guide's default
    QCOMPARE(dialog.presetBox()->currentText(), QStringLiteral("Development session — 24 hours"));
    const QList<GenerateTokenDialog::Preset> presets = GenerateTokenDialog::presets();
    QCOMPARE(presets.size(), 5);
    QCOMPARE(presets[3].hours, 168.0);
    QCOMPARE(presets[4].hours, 720.0);
    QVERIFY(presets[0].hours >= 1 && presets[0].hours <= 4);
    QVERIFY(presets[2].hours >= 4 && presets[2].hours <= 8);
    const int weekly = dialog.presetBox()->findText(QStringLiteral("Weekly batch job"), Qt::MatchStartsWith);
    dialog.presetBox()->setCurrentIndex(weekly);
    emit dialog.presetBox()->activated(weekly);
    QCOMPARE(dialog.durationBox()->value(), 168.0);
    dialog.durationBox()->setValue(5);
    QCOMPARE(dialog.presetBox()->currentText(), QStringLiteral("Custom"));
    QCOMPARE(dialog.maxRequestsBox()->value(), 0);
    QCOMPARE(dialog.maxRequestsBox()->text(), QStringLiteral("Unlimited"));
}

void TestGenerateTokenDialog::inactiveProjectsAreListedButDisabled() {
    GenerateTokenDialog dialog(&m_app->client());
    dialog.setProjects(projects(), QString::fromStdString(m_inactive));
    auto* model = static_cast<QStandardItemModel*>(dialog.projectBox()->model());
    QCOMPARE(model->rowCount(), 2);
    bool sawInactive = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStandardItem* item = model->item(row);
        if (item->data(Qt::UserRole).toString() == QString::fromStdString(m_inactive)) {
            sawInactive = true;
            QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
            QVERIFY(item->toolTip().contains(QStringLiteral("Cannot generate tokens for inactive project")));
        }
    }
    QVERIFY(sawInactive);
    // Preselecting an inactive project falls back to an active one.
    QCOMPARE(dialog.projectBox()->currentData(Qt::UserRole).toString(), QString::fromStdString(m_active));
}

void TestGenerateTokenDialog::generateShowsSecretOnceAndCopies() {
    GenerateTokenDialog dialog(&m_app->client());
    dialog.setProjects(projects(), QString::fromStdString(m_active));
    dialog.show();
    dialog.durationBox()->setValue(2);
    dialog.maxRequestsBox()->setValue(7);
    dialog.labelEdit()->setText(QStringLiteral("gui test"));
    QSignalSpy created(&dialog, &GenerateTokenDialog::tokenCreated);
    QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    QVERIFY(dialog.showsResult());
    const QString secret = dialog.secretField()->text();
    QVERIFY2(isTokenSecret(secret.toStdString()), qPrintable(secret));
    QVERIFY(dialog.secretField()->isReadOnly());

    // The server knows the token with exactly these settings, and never shows the secret again.
    const Token token = created.first().first().value<Token>();
    const nlohmann::json stored = m_server->token(token.id);
    QCOMPARE(stored.at("max_requests").get<int>(), 7);
    QCOMPARE(stored.at("label").get<std::string>(), std::string("gui test"));
    QVERIFY(!stored.contains("token_secret"));
    QVERIFY(stored.dump().find(secret.toStdString()) == std::string::npos);
    QCOMPARE(QString::fromStdString(stored.at("token").get<std::string>()),
             QString::fromStdString(tokenHint(secret.toStdString())));
    const auto expiresIn =
        std::chrono::duration_cast<std::chrono::minutes>(*parseTimestamp(stored.at("expires_at").get<std::string>()) -
                                                         *parseTimestamp(stored.at("created_at").get<std::string>()));
    QCOMPARE(expiresIn.count(), 120);

    QGuiApplication::clipboard()->clear();
    QVERIFY(!dialog.secretCopied());
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    QVERIFY(dialog.secretCopied());
    // Copied: Done closes without asking.
    const int asked = MessageBox::count();
    QTest::mouseClick(dialog.doneButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(MessageBox::count(), asked);
    QVERIFY(dialog.secretField()->text().isEmpty()); // the secret does not outlive the dialog
}

void TestGenerateTokenDialog::refusesToCloseUncopiedSecret() {
    GenerateTokenDialog dialog(&m_app->client());
    dialog.setProjects(projects(), QString::fromStdString(m_active));
    dialog.show();
    QSignalSpy created(&dialog, &GenerateTokenDialog::tokenCreated);
    dialog.generate();
    QVERIFY(created.wait(10000));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY2(dialog.isVisible(), "Escape over an uncopied secret asks and Cancel keeps the dialog");
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("has not been copied")));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog.doneButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());

    MessageBox::setNextAnswer(QMessageBox::Close);
    dialog.reject();
    QVERIFY2(!dialog.isVisible(), "a deliberate dismissal closes it");
}

void TestGenerateTokenDialog::serverErrorShownInDialog() {
    const std::string closing = m_server->createProject("Closing Soon").at("id").get<std::string>();
    GenerateTokenDialog dialog(&m_app->client());
    dialog.setProjects(projects(), QString::fromStdString(closing));
    QCOMPARE(dialog.projectBox()->currentData(Qt::UserRole).toString(), QString::fromStdString(closing));
    // The project is deactivated after the dialog listed it: the server refuses and the dialog says why.
    m_server->setProjectActive(closing, false);
    dialog.show();
    dialog.generate();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.messageBar()->isVisible(), 10000);
    QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Error);
    QCOMPARE(dialog.messageBar()->text(), QStringLiteral("Cannot generate tokens for inactive project"));
    QVERIFY(!dialog.showsResult());
    QVERIFY(dialog.generateButton()->isEnabled());
    m_server->setProjectActive(closing, true);
}

void TestGenerateTokenDialog::snippetsUseServerUrl() {
    GenerateTokenDialog dialog(&m_app->client());
    dialog.setProjects(projects(), QString::fromStdString(m_active));
    QSignalSpy created(&dialog, &GenerateTokenDialog::tokenCreated);
    dialog.generate();
    QVERIFY(created.wait(10000));
    const QString secret = dialog.secretField()->text();
    const QString base = m_server->url().toString() + QStringLiteral("/v1");
    QCOMPARE(dialog.snippetTabs()->count(), 3);
    for (int i = 0; i < dialog.snippetTabs()->count(); ++i) {
        const QString text = static_cast<QPlainTextEdit*>(dialog.snippetTabs()->widget(i))->toPlainText();
        QVERIFY2(text.contains(base), qPrintable(text));
        QVERIFY2(text.contains(secret), qPrintable(text));
    }
    dialog.copySecret();
}

WITHER_DESKTOP_TEST_MAIN(TestGenerateTokenDialog)
#include "TestGenerateTokenDialog.moc"
