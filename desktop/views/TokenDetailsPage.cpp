#include "views/TokenDetailsPage.h"

#include "api/ApiClient.h"
#include "api/TimeConvert.h"
#include "app/AppContext.h"
#include "charts/ErrorsChartView.h"
#include "charts/LatencyChartView.h"
#include "charts/RequestsChartView.h"
#include "dialogs/ChangeLimitDialog.h"
#include "dialogs/RevokeTokensDialog.h"
#include "models/StatusText.h"
#include "models/TimeFormat.h"
#include "style/Icons.h"
#include "style/StatusPalette.h"
#include "views/MetricTile.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wither::desktop {

namespace {

QString number(std::int64_t n) {
    return QLocale().toString(static_cast<qlonglong>(n));
}

QPushButton* actionButton(const QString& icon, const QString& text, QWidget* parent) {
    auto* button = new QPushButton(Icons::icon(icon), text, parent);
    button->setObjectName(icon);
    return button;
}

} // namespace

TokenDetailsPage::TokenDetailsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_revoke(actionButton(QStringLiteral("revoke"), tr("Revoke"), this))
    , m_reactivate(actionButton(QStringLiteral("reactivate"), tr("Reactivate"), this))
    , m_changeLimit(actionButton(QStringLiteral("limit"), tr("Change Limit"), this))
    , m_copyId(actionButton(QStringLiteral("copy"), tr("Copy ID"), this))
    , m_openProject(actionButton(QStringLiteral("projects"), tr("Open Project"), this))
    , m_audit(actionButton(QStringLiteral("audit"), tr("Audit Events"), this))
    , m_rangeButtons(new QButtonGroup(this))
    , m_requests(new RequestsChartView(this))
    , m_errors(new ErrorsChartView(this))
    , m_latency(new LatencyChartView(this))
    , m_countdown(new QTimer(this)) {
    setObjectName(QStringLiteral("tokenDetailsPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    // header
    auto* header = new QHBoxLayout;
    auto* back = new QToolButton(content);
    back->setIcon(Icons::icon(QStringLiteral("back")));
    back->setText(tr("Back"));
    back->setToolTip(tr("Back to the list"));
    back->setAutoRaise(true);
    header->addWidget(back);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    header->addWidget(m_title);
    header->addSpacing(12);
    m_status->setTextFormat(Qt::RichText);
    header->addWidget(m_status);
    header->addStretch();
    layout->addLayout(header);

    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_revoke, m_reactivate, m_changeLimit, m_copyId, m_openProject, m_audit}) {
        actions->addWidget(button);
    }
    actions->addStretch();
    layout->addLayout(actions);

    // information and metrics
    auto* top = new QHBoxLayout;
    auto* info = new QGroupBox(tr("Basic Information"), content);
    auto* infoForm = new QFormLayout(info);
    const auto addField = [this](QFormLayout* form, const QString& name, const QString& label) {
        auto* value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(name);
        value->setWordWrap(true);
        m_fields.insert(name, value);
        form->addRow(label, value);
    };
    addField(infoForm, QStringLiteral("id"), tr("Token ID:"));
    addField(infoForm, QStringLiteral("token"), tr("Token:"));
    addField(infoForm, QStringLiteral("project"), tr("Project:"));
    addField(infoForm, QStringLiteral("label"), tr("Label:"));
    addField(infoForm, QStringLiteral("status"), tr("Status:"));
    m_fields.value(QStringLiteral("id"))->setFont(QFont(QStringLiteral("monospace")));
    top->addWidget(info, 3);
    auto* times = new QGroupBox(tr("Timestamps"), content);
    auto* timeForm = new QFormLayout(times);
    addField(timeForm, QStringLiteral("created"), tr("Created at:"));
    addField(timeForm, QStringLiteral("lastUsed"), tr("Last used at:"));
    addField(timeForm, QStringLiteral("expires"), tr("Expires at:"));
    addField(timeForm, QStringLiteral("revoked"), tr("Revoked at:"));
    top->addWidget(times, 3);
    layout->addLayout(top);

    auto* usage = new QGroupBox(tr("Usage Statistics"), content);
    auto* grid = new QHBoxLayout(usage);
    for (const QString& caption :
         {tr("REQUESTS"), tr("CACHED"), tr("UPSTREAM"), tr("LIMIT"), tr("REMAINING"), tr("CACHE HIT RATE")}) {
        auto* tile = new MetricTile(caption, usage);
        m_metrics << tile;
        grid->addWidget(tile);
    }
    m_metrics[0]->setToolTip(tr("Total requests made with this token"));
    m_metrics[1]->setToolTip(tr("Requests served from cache"));
    m_metrics[2]->setToolTip(tr("Requests forwarded to the upstream"));
    m_metrics[3]->setToolTip(tr("Max requests (∞ if unlimited)"));
    m_metrics[4]->setToolTip(tr("Requests until the limit is reached"));
    layout->addWidget(usage);

    // charts
    auto* chartBox = new QGroupBox(tr("Traffic"), content);
    auto* chartLayout = new QVBoxLayout(chartBox);
    auto* ranges = new QHBoxLayout;
    for (UsageRange::Range range : {UsageRange::Last24Hours, UsageRange::Last7Days, UsageRange::Last30Days}) {
        auto* button = new QToolButton(chartBox);
        button->setText(UsageRange::label(range));
        button->setCheckable(true);
        button->setChecked(range == m_range);
        button->setAutoRaise(false);
        m_rangeButtons->addButton(button, range);
        ranges->addWidget(button);
    }
    ranges->addStretch();
    chartLayout->addLayout(ranges);
    m_requests->setMinimumHeight(230);
    m_errors->setMinimumHeight(190);
    m_latency->setMinimumHeight(190);
    chartLayout->addWidget(m_requests);
    auto* small = new QHBoxLayout;
    small->addWidget(m_errors);
    small->addWidget(m_latency);
    chartLayout->addLayout(small);
    layout->addWidget(chartBox, 1);

    connect(back, &QToolButton::clicked, this, &TokenDetailsPage::backRequested);
    connect(m_revoke, &QPushButton::clicked, this, &TokenDetailsPage::revoke);
    connect(m_reactivate, &QPushButton::clicked, this, &TokenDetailsPage::reactivate);
    connect(m_changeLimit, &QPushButton::clicked, this, &TokenDetailsPage::changeLimit);
    connect(m_copyId, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_tokenId);
        emit this->context().informationMessage(tr("Token ID copied to the clipboard."));
    });
    connect(m_openProject, &QPushButton::clicked, this, [this] {
        if (m_token) {
            emit this->context().openProjectRequested(QString::fromStdString(m_token->projectId));
        }
    });
    connect(m_audit, &QPushButton::clicked, this, [this] {
        AuditQuery filter;
        filter.tokenId = m_tokenId;
        emit this->context().auditRequested(filter);
    });
    connect(m_rangeButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setRange(static_cast<UsageRange::Range>(id)); });
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &TokenDetailsPage::updateCountdown);
    applyRole();
}

MetricTile* TokenDetailsPage::metric(const QString& caption) const {
    for (MetricTile* tile : m_metrics) {
        if (tile->caption() == caption) {
            return tile;
        }
    }
    return nullptr;
}

QString TokenDetailsPage::fieldText(const QString& name) const {
    const QLabel* label = m_fields.value(name);
    return label ? label->text() : QString();
}

void TokenDetailsPage::setField(const QString& name, const QString& text, const QString& tooltip) {
    if (QLabel* label = m_fields.value(name)) {
        label->setText(text);
        label->setToolTip(tooltip);
    }
}

void TokenDetailsPage::showToken(const QString& tokenId) {
    if (tokenId != m_tokenId) {
        m_token.reset();
        m_tokenId = tokenId;
        m_title->setText(tr("Token %1").arg(tokenId.left(8)));
        m_status->clear();
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            it.value()->setText(QStringLiteral("…"));
        }
        m_requests->clearUsage();
        m_errors->clearUsage();
        m_latency->clearUsage();
    }
    refresh();
}

void TokenDetailsPage::refresh() {
    if (m_tokenId.isEmpty()) {
        return;
    }
    const quint64 generation = ++m_generation;
    context().client()->token(
        m_tokenId, this,
        [this, generation](Token token) {
            if (generation != m_generation) {
                return;
            }
            showTokenData(token);
            loadUsage();
        },
        [this, generation](const ApiClientError& error) {
            if (generation == m_generation) {
                emit this->context().errorMessage(error);
            }
        });
}

void TokenDetailsPage::showTokenData(const Token& t) {
    m_token = t;
    const QDateTime now = toQDateTime(context().clock().now());
    const QString statusColor = StatusPalette::forApplication().statusColor(t.status).name();
    const QString statusHtml = QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2")
                                   .arg(statusColor, statusLabel(t.status).toHtmlEscaped());
    m_title->setText(
        t.label.empty()
            ? tr("Token %1").arg(QString::fromStdString(t.id).left(8))
            : tr("Token %1 · %2").arg(QString::fromStdString(t.id).left(8), QString::fromStdString(t.label)));
    m_status->setText(statusHtml);
    m_status->setToolTip(statusDescription(t.status));
    setField(QStringLiteral("id"), QString::fromStdString(t.id));
    setField(QStringLiteral("token"), QString::fromStdString(t.token));
    setField(QStringLiteral("project"), QString::fromStdString(t.projectName), QString::fromStdString(t.projectId));
    setField(QStringLiteral("label"), t.label.empty() ? tr("—") : QString::fromStdString(t.label));
    m_fields.value(QStringLiteral("status"))->setTextFormat(Qt::RichText);
    setField(QStringLiteral("status"), statusHtml, statusDescription(t.status));
    const QDateTime created = toQDateTime(t.createdAt);
    setField(QStringLiteral("created"), TimeFormat::localWithHint(created, now), TimeFormat::utc(created));
    const QDateTime lastUsed = toQDateTime(t.lastUsedAt);
    setField(QStringLiteral("lastUsed"), lastUsed.isValid() ? TimeFormat::localWithHint(lastUsed, now) : tr("never"),
             TimeFormat::utc(lastUsed));
    const QDateTime revoked = toQDateTime(t.revokedAt);
    setField(QStringLiteral("revoked"), revoked.isValid() ? TimeFormat::localWithHint(revoked, now) : tr("—"),
             TimeFormat::utc(revoked));
    updateCountdown();
    m_countdown->start();

    m_metrics[0]->setValue(number(t.requestCount));
    m_metrics[0]->setDetail(tr("made with this token"));
    m_metrics[1]->setValue(number(t.cacheHitCount));
    m_metrics[1]->setDetail(tr("served from cache"));
    m_metrics[2]->setValue(number(t.upstreamCount));
    m_metrics[2]->setDetail(tr("forwarded upstream"));
    m_metrics[3]->setValue(t.maxRequests ? number(*t.maxRequests) : QStringLiteral("∞"));
    m_metrics[3]->setDetail(t.maxRequests ? tr("max requests") : tr("unlimited"));
    m_metrics[4]->setValue(t.remaining ? number(*t.remaining) : QStringLiteral("∞"));
    m_metrics[4]->setDetail(t.remaining ? tr("until the limit") : tr("no limit"));
    if (t.requestCount > 0) {
        const double rate = static_cast<double>(t.cacheHitCount) / static_cast<double>(t.requestCount);
        m_metrics[5]->setValue(QLocale().toString(rate * 100, 'f', 1) + QStringLiteral(" %"));
        m_metrics[5]->setDetail(rate >= 0.5 ? tr("high: served quickly from cache")
                                            : tr("low is normal for unique prompts"));
    } else {
        m_metrics[5]->setValue(QStringLiteral("—"));
        m_metrics[5]->setDetail(tr("no requests yet"));
    }
    updateActions();
}

void TokenDetailsPage::updateCountdown() {
    if (!m_token) {
        return;
    }
    const QDateTime now = toQDateTime(context().clock().now());
    const QDateTime expires = toQDateTime(m_token->expiresAt);
    const qint64 left = now.secsTo(expires);
    const QString text =
        left > 0 ? tr("%1 — expires in %2").arg(TimeFormat::local(expires), TimeFormat::duration(left))
                 : tr("%1 — expired %2").arg(TimeFormat::local(expires), TimeFormat::relative(expires, now));
    setField(QStringLiteral("expires"), text, TimeFormat::utc(expires));
    if (left <= 0 && m_token->status == TokenStatus::Active) {
        // The token just expired while on screen; the server's view decides the status.
        m_countdown->stop();
        refresh();
    }
}

void TokenDetailsPage::updateActions() {
    const bool canMutate = context().canMutate();
    const bool loaded = m_token.has_value();
    const QString readOnly = AppContext::readOnlyReason();
    const bool revoked = loaded && !m_token->isActive;
    const bool expired = loaded && context().clock().now() >= m_token->expiresAt;

    m_revoke->setEnabled(canMutate && loaded && !revoked);
    m_revoke->setToolTip(!canMutate ? readOnly
                         : revoked  ? tr("The token is already revoked.")
                                    : tr("Revoke the token; it becomes unusable at once."));
    m_reactivate->setEnabled(canMutate && revoked && !expired);
    if (!canMutate) {
        m_reactivate->setToolTip(readOnly);
    } else if (revoked && expired) {
        m_reactivate->setToolTip(tr("Expired tokens cannot be reactivated. Generate a new token instead."));
    } else if (!revoked) {
        m_reactivate->setToolTip(tr("Only revoked tokens can be reactivated."));
    } else {
        m_reactivate->setToolTip(tr("Make the revoked token usable again until it expires."));
    }
    m_changeLimit->setEnabled(canMutate && loaded);
    m_changeLimit->setToolTip(canMutate ? tr("Change the request limit; the counters are kept.") : readOnly);
    m_copyId->setEnabled(loaded);
    m_openProject->setEnabled(loaded);
}

void TokenDetailsPage::applyRole() {
    updateActions();
}

void TokenDetailsPage::setRange(UsageRange::Range range) {
    m_range = range;
    if (QAbstractButton* button = m_rangeButtons->button(range)) {
        button->setChecked(true);
    }
    loadUsage();
}

void TokenDetailsPage::loadUsage() {
    if (m_tokenId.isEmpty()) {
        return;
    }
    const quint64 generation = m_generation;
    const UsageQuery query =
        UsageRange::query(m_range, UsageQuery::Scope::Token, m_tokenId, toQDateTime(context().clock().now()),
                          m_token ? toQDateTime(m_token->createdAt) : QDateTime());
    context().client()->usage(
        query, this,
        [this, generation](UsageSeries usage) {
            if (generation != m_generation) {
                return;
            }
            m_requests->setUsage(usage);
            m_errors->setUsage(usage);
            m_latency->setUsage(usage);
            emit loaded();
        },
        [this, generation](const ApiClientError& error) {
            if (generation != m_generation) {
                return;
            }
            m_requests->clearUsage();
            m_errors->clearUsage();
            m_latency->clearUsage();
            emit this->context().errorMessage(error);
            emit loaded();
        });
}

void TokenDetailsPage::revoke() {
    if (!m_token || !context().canMutate()) {
        return;
    }
    auto* dialog = RevokeTokensDialog::forToken(context().client(), *m_token, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevokeTokensDialog::revoked, this, [this] {
        emit context().successMessage(tr("Token %1 revoked. It is unusable from now on.").arg(m_tokenId.left(8)));
        emit context().stateChanged();
        refresh();
    });
    m_dialog = dialog;
    dialog->open();
}

void TokenDetailsPage::reactivate() {
    if (!m_token || !context().canMutate()) {
        return;
    }
    UpdateTokenRequest request;
    request.isActive = true;
    m_reactivate->setEnabled(false);
    context().client()->updateToken(
        m_tokenId, request, this,
        [this](Token token) {
            emit context().successMessage(tr("Token %1 reactivated.").arg(m_tokenId.left(8)));
            emit context().stateChanged();
            showTokenData(token);
        },
        [this](const ApiClientError& error) {
            emit context().errorMessage(error);
            updateActions();
        });
}

void TokenDetailsPage::changeLimit() {
    if (!m_token || !context().canMutate()) {
        return;
    }
    auto* dialog = new ChangeLimitDialog(context().client(), *m_token, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeLimitDialog::tokenUpdated, this, [this](const Token& token) {
        emit context().successMessage(
            tr("Limit of token %1 changed to %2.")
                .arg(m_tokenId.left(8), token.maxRequests ? number(*token.maxRequests) : tr("unlimited")));
        emit context().stateChanged();
        showTokenData(token);
    });
    m_dialog = dialog;
    dialog->open();
}

} // namespace wither::desktop
