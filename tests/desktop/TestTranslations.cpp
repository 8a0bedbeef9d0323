#include "api/ApiClientError.h"
#include "app/AdminApplication.h"
#include "app/KeyStore.h"
#include "app/Settings.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/GenerateTokenDialog.h"
#include "views/MainWindow.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/DesktopTestApp.h"
#include "tests/desktop/support/TestMain.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;
using wither::desktop::testing::DesktopTestApp;

namespace {

/// One catalogue entry: the English source and its translation (the first form for plurals).
struct Entry {
    QString source;
    QString translation;
    bool unfinished = false;
    bool numerus = false;
};

QList<Entry> readCatalogue(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"message") {
            current = Entry{};
            current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            if (current.numerus) {
                xml.readNextStartElement(); // the first <numerusform>
                current.translation = xml.readElementText();
                xml.skipCurrentElement();
            } else {
                current.translation = xml.readElementText();
            }
            entries.append(current);
        }
    }
    return xml.hasError() ? QList<Entry>{} : entries;
}

QString catalogue(const QString& language) {
    return qEnvironmentVariable("WITHER_TEST_SOURCE_DIR") + QStringLiteral("/translations/wither-admin_") + language +
           QStringLiteral(".ts");
}

/// Display text without mnemonics and markup, trimmed.
QString plain(const QString& text) {
    QString result = text;
    if (Qt::mightBeRichText(result)) {
        QTextDocument doc;
        doc.setHtml(result);
        result = doc.toPlainText();
    }
    result.replace(QRegularExpression(QStringLiteral("&(?=[^&])")), QString());
    return result.trimmed();
}

} // namespace

/// The German user interface: catalogues complete, the app's translator loading, and no visible text left in
/// English on the main window's pages and the Generate Token dialog.
class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cataloguesAreComplete();
    void englishPluralsReadWell();
    void mainWindowIsGerman();
    void generateDialogIsGerman();
    void statusBarIsGerman();
    void connectionDialogTlsIsGerman();
    void cleanupTestCase();

private:
    /// Every visible text of `root` (labels, buttons, tabs, group boxes, placeholders, combo items, header
    /// data, window title, actions and menus), each with where it was found.
    QList<QPair<QString, QString>> visibleTexts(QWidget* root) const;
    /// The texts still shown in English: equal to a source whose German differs, or made of English words.
    QStringList untranslated(QWidget* root) const;
    void waitIdle();

    std::unique_ptr<DesktopServer> m_server;
    std::unique_ptr<DesktopTestApp> m_app;
    QHash<QString, QString> m_german; // plain source -> plain translation
    QSet<QString> m_englishOnlyWords; // words of the sources that no translation uses
};

void TestTranslations::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("WITHER_TEST_SOURCE_DIR"), "WITHER_TEST_SOURCE_DIR is not set");
    const QList<Entry> entries = readCatalogue(catalogue(QStringLiteral("de")));
    QVERIFY(entries.size() > 100);
    QSet<QString> germanWords;
    QSet<QString> englishWords;
    const QRegularExpression word(QStringLiteral("[A-Za-zÄÖÜäöüß]{4,}"));
    for (const Entry& e : entries) {
        m_german.insert(plain(e.source), plain(e.translation));
        for (auto it = word.globalMatch(plain(e.translation)); it.hasNext();) {
            germanWords.insert(it.next().captured().toLower());
        }
        for (auto it = word.globalMatch(plain(e.source)); it.hasNext();) {
            englishWords.insert(it.next().captured().toLower());
        }
    }
    m_englishOnlyWords = englishWords - germanWords;
    // Words that are English but also appear verbatim in data the test seeds or in product names.
    for (const char* allowed : {"wither", "admin", "json", "lines"}) {
        m_englishOnlyWords.remove(QString::fromLatin1(allowed));
    }

    m_server = std::make_unique<DesktopServer>();
    m_app = std::make_unique<DesktopTestApp>(*m_server);
    const std::string project = m_server->createProject("Kundenportal", 300).at("id").get<std::string>();
    m_server->createToken(project, {{"label", "Nachtlauf"}, {"max_requests", 10}});
    const std::string revoked = m_server->createToken(project, {{"label", "Altbestand"}}).at("id").get<std::string>();
    m_server->revokeToken(revoked);

    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    QVERIFY(app != nullptr);
    AdminApplication::installTranslations(*app, QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QCoreApplication::translate("wither::desktop::MainWindow", "Audit Log"),
             QStringLiteral("Audit-Protokoll"));
}

void TestTranslations::cleanupTestCase() {
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::waitIdle() {
    QTRY_VERIFY_WITH_TIMEOUT(m_app->client().pendingRequests() == 0, 10000);
    QTest::qWait(50);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->client().pendingRequests() == 0, 10000);
}

void TestTranslations::cataloguesAreComplete() {
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("en")}) {
        const QList<Entry> entries = readCatalogue(catalogue(language));
        QVERIFY2(!entries.isEmpty(), qPrintable(catalogue(language)));
        for (const Entry& e : entries) {
            QVERIFY2(!e.unfinished && !e.translation.isEmpty(), qPrintable(language + QStringLiteral(": ") + e.source));
            // Every %1 placeholder of the source survives the translation.
            for (auto it = QRegularExpression(QStringLiteral("%\\d")).globalMatch(e.source); it.hasNext();) {
                const QString marker = it.next().captured();
                QVERIFY2(e.translation.contains(marker), qPrintable(language + QStringLiteral(": ") + e.source));
            }
        }
    }
}

void TestTranslations::englishPluralsReadWell() {
    // The German translator is installed, so check the plural forms through it first …
    QCOMPARE(QCoreApplication::translate("wither::desktop::RevokeTokensDialog", "Revoke %n Token(s)", nullptr, 1),
             QStringLiteral("1 Token widerrufen"));
    QCOMPARE(QCoreApplication::translate("wither::desktop::RevokeTokensDialog", "Revoke %n Token(s)", nullptr, 3),
             QStringLiteral("3 Tokens widerrufen"));
    // … then the English catalogue on its own.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/wither-admin_en.qm")));
    QCOMPARE(english.translate("wither::desktop::MainWindow", "%n minute(s)", nullptr, 1), QStringLiteral("%n minute"));
    QCOMPARE(english.translate("wither::desktop::MainWindow", "%n minute(s)", nullptr, 5),
             QStringLiteral("%n minutes"));
}

QList<QPair<QString, QString>> TestTranslations::visibleTexts(QWidget* root) const {
    QList<QPair<QString, QString>> texts;
    auto add = [&texts](const QString& text, const QObject* where) {
        const QString p = plain(text);
        if (!p.isEmpty()) {
            texts.append(
                {p, QString::fromLatin1(where->metaObject()->className()) + QLatin1Char(' ') + where->objectName()});
        }
    };
    add(root->windowTitle(), root);
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root) && w != root) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(w)) {
            add(label->text(), w);
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(button->text(), w);
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            add(group->title(), w);
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            add(edit->placeholderText(), w);
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i), w);
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(combo->itemText(i), w);
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view != nullptr && view->model() != nullptr) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(model->headerData(c, Qt::Horizontal).toString(), w);
            }
            if (qobject_cast<QListWidget*>(w) != nullptr) {
                for (int r = 0; r < model->rowCount(); ++r) {
                    add(model->index(r, 0).data().toString(), w);
                }
            }
        }
        for (QAction* action : w->actions()) {
            add(action->text(), action);
            if (action->menu() != nullptr) {
                add(action->menu()->title(), action->menu());
                for (QAction* sub : action->menu()->actions()) {
                    add(sub->text(), sub);
                }
            }
        }
    }
    return texts;
}

QStringList TestTranslations::untranslated(QWidget* root) const {
    static const QSet<QString> allowed{QStringLiteral("ID"), QStringLiteral("CSV"),   QStringLiteral("JSON"),
                                       QStringLiteral("OK"), QStringLiteral("Token"), QStringLiteral("Status")};
    const QRegularExpression word(QStringLiteral("[A-Za-zÄÖÜäöüß]{4,}"));
    QStringList failures;
    for (const auto& [text, where] : visibleTexts(root)) {
        if (allowed.contains(text)) {
            continue;
        }
        const auto it = m_german.constFind(text);
        if (it != m_german.constEnd() && *it != text) {
            failures << QStringLiteral("%1: \"%2\" (German: \"%3\")").arg(where, text, *it);
            continue;
        }
        // Audit action codes (token.create, project.*) are wire identifiers and stay as they are.
        QString prose = text;
        prose.remove(QRegularExpression(QStringLiteral("\\b[a-z_]+\\.[a-z_*]+")));
        for (auto words = word.globalMatch(prose); words.hasNext();) {
            const QString w = words.next().captured();
            if (m_englishOnlyWords.contains(w.toLower())) {
                failures << QStringLiteral("%1: \"%2\" (English word \"%3\")").arg(where, text, w);
                break;
            }
        }
    }
    return failures;
}

void TestTranslations::mainWindowIsGerman() {
    MainWindow window(m_app->context());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    waitIdle();

    const auto* sidebar = window.findChild<QListWidget*>();
    QVERIFY(sidebar != nullptr);
    QStringList entries;
    for (int i = 0; i < sidebar->count(); ++i) {
        entries << sidebar->item(i)->text();
    }
    QCOMPARE(entries, (QStringList{QStringLiteral("Übersicht"), QStringLiteral("Projekte"), QStringLiteral("Tokens"),
                                   QStringLiteral("Audit-Protokoll")}));

    QStringList failures;
    for (const auto section : {MainWindow::DashboardSection, MainWindow::ProjectsSection, MainWindow::TokensSection,
                               MainWindow::AuditSection}) {
        window.showSection(section);
        waitIdle();
        failures << untranslated(&window);
    }
    failures.removeDuplicates();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // A status the delegate paints comes from the model in German too.
    window.showSection(MainWindow::TokensSection);
    waitIdle();
    const QStringList shown = [&] {
        QStringList all;
        for (const auto& [text, where] : visibleTexts(&window)) {
            all << text;
        }
        return all;
    }();
    QVERIFY2(shown.contains(QStringLiteral("Token erzeugen")), qPrintable(shown.join(QLatin1Char('|'))));
}

void TestTranslations::generateDialogIsGerman() {
    GenerateTokenDialog dialog(&m_app->client());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    waitIdle();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Token erzeugen"));
    QStringList buttons;
    for (const QAbstractButton* b : dialog.findChildren<QAbstractButton*>()) {
        if (b->isVisibleTo(&dialog) && !b->text().isEmpty()) {
            buttons << plain(b->text());
        }
    }
    QVERIFY2(buttons.contains(QStringLiteral("Abbrechen")), qPrintable(buttons.join(QLatin1Char('|'))));
    const QStringList failures = untranslated(&dialog);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestTranslations::statusBarIsGerman() {
    MainWindow window(m_app->context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    waitIdle();
    // The refresh state is one translated sentence, not English fragments glued to German ones.
    const auto* refresh = window.findChild<QLabel*>(QStringLiteral("refreshStatus"));
    QVERIFY(refresh != nullptr);
    const QRegularExpression german(QStringLiteral("^(Zuletzt aktualisiert \\S+|Noch nicht aktualisiert) · (alle \\d+ "
                                                   "s|automatische Aktualisierung angehalten)$"));
    QVERIFY2(german.match(refresh->text()).hasMatch(), qPrintable(refresh->text()));
    window.autoRefreshAction()->trigger(); // paused
    QVERIFY2(german.match(refresh->text()).hasMatch(), qPrintable(refresh->text()));
    QVERIFY(refresh->text().endsWith(QStringLiteral("automatische Aktualisierung angehalten")));
    window.autoRefreshAction()->trigger(); // the pause is a saved setting: resume again

    // The token list's footer likewise, with a selection.
    window.showSection(MainWindow::TokensSection);
    waitIdle();
    QList<QLabel*> footers;
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&window) && label->text().contains(QStringLiteral("Tokens angezeigt"))) {
            footers << label;
        }
    }
    QCOMPARE(footers.size(), 1);
    auto* table = footers.first()->parentWidget()->findChild<QTableView*>();
    QVERIFY(table != nullptr);
    table->selectRow(0);
    waitIdle();
    const QString footer = footers.first()->text();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d+ von \\d+ Tokens angezeigt · 1 ausgewählt")).match(footer).hasMatch(),
        qPrintable(footer));
}

void TestTranslations::connectionDialogTlsIsGerman() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    KeyStore keys;
    keys.setFileOnly(true);
    ConnectionDialog dialog(settings, keys);
    dialog.resize(dialog.sizeHint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // A made-up failure: the panel's texts are the subject here, not the handshake (TestTlsPinning has that).
    TlsFailure failure;
    failure.kind = TlsFailure::Kind::Untrusted;
    failure.problems << QStringLiteral("Das Zertifikat ist selbstsigniert und nicht vertrauenswürdig");
    CertificateSummary certificate;
    certificate.subject = QStringLiteral("wither.example.com");
    certificate.issuer = QStringLiteral("wither.example.com");
    certificate.selfSigned = true;
    certificate.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    certificate.expiry = QDateTime::currentDateTimeUtc().addDays(364);
    certificate.fingerprint = *CertificatePin::parse(QString(QStringLiteral("AB")).repeated(32));
    failure.certificate = certificate;
    ApiClientError error(ApiClientError::Kind::Tls, failure.summary());
    error.setUrl(QUrl(QStringLiteral("https://wither.example.com:8443/health")));
    error.setTls(failure);
    dialog.showFailure(error);
    waitIdle();
    QVERIFY(dialog.trustButton()->isVisible());
    QCOMPARE(dialog.trustButton()->text(), QStringLiteral("Diesem Zertifikat ve&rtrauen"));
    QStringList failures = untranslated(&dialog);

    failure.kind = TlsFailure::Kind::PinMismatch;
    failure.pinned = *CertificatePin::parse(QString(QStringLiteral("CD")).repeated(32));
    error.setTls(failure);
    dialog.showFailure(error);
    waitIdle();
    QVERIFY(dialog.resultText().startsWith(QStringLiteral("Sichere Verbindung zu https://wither.example.com:8443")));
    failures << untranslated(&dialog);
    failures.removeDuplicates();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    const QString directory = qEnvironmentVariable("WITHER_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(directory + QStringLiteral("/connection-tls-de.png")));
    }
}

WITHER_DESKTOP_TEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
