#include "app/ScreenshotRunner.h"

#include "api/ApiClient.h"
#include "api/TimeConvert.h"
#include "app/AppContext.h"
#include "dialogs/GenerateTokenDialog.h"
#include "dialogs/RevokeTokensDialog.h"
#include "models/ProjectTableModel.h"
#include "models/TokenTableModel.h"
#include "views/AuditLogPage.h"
#include "views/DashboardPage.h"
#include "views/MainWindow.h"
#include "views/ProjectDetailsPage.h"
#include "views/ProjectsPage.h"
#include "views/TokenDetailsPage.h"
#include "views/TokenListView.h"
#include "views/TokensPage.h"

#include "shared/SecretFormat.h"

#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QElapsedTimer>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTableView>
#include <QThread>
#include <QUuid>

namespace wither::desktop {

ScreenshotRunner::ScreenshotRunner(MainWindow& window, AppContext& context, QString directory)
    : m_window(window)
    , m_context(context)
    , m_directory(std::move(directory)) {}

bool ScreenshotRunner::waitUntilIdle(AppContext& context, int timeoutMs) {
    QElapsedTimer total;
    total.start();
    QElapsedTimer quiet;
    quiet.start();
    while (total.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        if (context.client()->pendingRequests() > 0) {
            quiet.restart();
        } else if (quiet.elapsed() > 400) {
            return true;
        }
        QThread::msleep(5);
    }
    return false;
}

bool ScreenshotRunner::save(QWidget* widget, const QString& name) {
    waitUntilIdle(m_context);
    QApplication::processEvents();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        m_error = tr("Cannot write %1").arg(path);
        return false;
    }
    m_written << path;
    return true;
}

QStringList ScreenshotRunner::run() {
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Cannot create %1").arg(m_directory);
        return {};
    }
    m_window.resize(1400, 940);
    m_window.show();
    m_window.setAutoRefreshPaused(true);
    m_context.projects()->reload();
    waitUntilIdle(m_context);

    m_window.showSection(MainWindow::DashboardSection);
    m_window.dashboardPage()->refresh();
    if (!save(&m_window, QStringLiteral("dashboard"))) {
        return {};
    }

    m_window.showSection(MainWindow::TokensSection);
    m_window.tokensPage()->refresh();
    waitUntilIdle(m_context);
    TokenTableModel* tokens = m_window.tokensPage()->list()->model();
    // Select two rows so the screenshot shows the selection and the bulk actions.
    QTableView* table = m_window.tokensPage()->list()->table();
    if (tokens->rowCount() > 2) {
        table->selectRow(1);
        table->selectionModel()->select(table->model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!save(&m_window, QStringLiteral("tokens"))) {
        return {};
    }

    // The token with the most traffic makes the most telling details page.
    std::optional<Token> busiest;
    std::optional<Token> revocable;
    for (int row = 0; row < tokens->rowCount(); ++row) {
        const Token& t = tokens->tokenAt(row);
        if (!busiest || t.requestCount > busiest->requestCount) {
            busiest = t;
        }
        if (!revocable && t.status == TokenStatus::Active) {
            revocable = t;
        }
    }
    table->clearSelection();
    if (busiest) {
        m_window.openToken(QString::fromStdString(busiest->id));
        if (!save(&m_window, QStringLiteral("token-details"))) {
            return {};
        }
    }

    // The generate dialog with a result; the token shown is made up, so nothing is created on the server.
    // A copy: the project list is replaced whenever it reloads.
    std::optional<Project> project;
    for (const Project& p : m_context.projects()->projects()) {
        if (p.isActive) {
            project = p;
            break;
        }
    }
    if (project) {
        m_window.showSection(MainWindow::TokensSection);
        GenerateTokenDialog* dialog = m_window.openGenerateDialog(QString::fromStdString(project->id));
        if (dialog) {
            CreatedToken example;
            QString secret =
                QString::fromLatin1(kTokenSecretPrefix.data(), static_cast<int>(kTokenSecretPrefix.size()));
            for (std::size_t i = 0; i < kSecretBodyLength; ++i) {
                secret += QLatin1Char(
                    kSecretAlphabet[QRandomGenerator::global()->bounded(static_cast<int>(kSecretAlphabet.size()))]);
            }
            example.tokenSecret = secret.toStdString();
            example.token.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
            example.token.token = tokenHint(example.tokenSecret);
            example.token.projectId = project->id;
            example.token.projectName = project->name;
            example.token.label = "CI pipeline";
            example.token.createdAt = m_context.clock().now();
            example.token.expiresAt = m_context.clock().now() + std::chrono::hours(8);
            example.token.maxRequests = 100;
            example.token.remaining = 100;
            dialog->durationBox()->setValue(8);
            dialog->maxRequestsBox()->setValue(100);
            dialog->showResult(example);
            dialog->adjustSize();
            dialog->resize(std::max(dialog->width(), 640), dialog->height());
            const bool ok = save(dialog, QStringLiteral("generate-token"));
            dialog->copySecret(); // lets it close without the "not copied" question
            dialog->close();
            if (!ok) {
                return {};
            }
        }
    }

    if (revocable) {
        auto* dialog = RevokeTokensDialog::forToken(m_context.client(), *revocable, &m_window);
        dialog->show();
        dialog->adjustSize();
        const bool ok = save(dialog, QStringLiteral("revoke-token"));
        dialog->deleteLater();
        if (!ok) {
            return {};
        }
    }

    m_window.showSection(MainWindow::ProjectsSection);
    m_window.projectsPage()->refresh();
    if (project) {
        m_window.projectsPage()->selectProject(QString::fromStdString(project->id));
    }
    if (!save(&m_window, QStringLiteral("projects"))) {
        return {};
    }
    if (project) {
        m_window.openProject(QString::fromStdString(project->id));
        if (!save(&m_window, QStringLiteral("project"))) {
            return {};
        }
        auto* dialog = RevokeTokensDialog::forProject(m_context.client(), *project, &m_window);
        dialog->show();
        dialog->adjustSize();
        const bool ok = save(dialog, QStringLiteral("revoke-project"));
        dialog->deleteLater();
        if (!ok) {
            return {};
        }
    }

    m_window.showSection(MainWindow::AuditSection);
    m_window.auditPage()->resetFilters();
    waitUntilIdle(m_context);
    if (m_window.auditPage()->table()->model()->rowCount() > 0) {
        m_window.auditPage()->table()->selectRow(0);
    }
    m_window.auditPage()->verifyIntegrity();
    if (!save(&m_window, QStringLiteral("audit-log"))) {
        return {};
    }
    return m_written;
}

} // namespace wither::desktop
