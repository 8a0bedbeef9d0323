#include "views/DashboardPage.h"

#include "api/ApiClient.h"
#include "api/TimeConvert.h"
#include "app/AppContext.h"
#include "charts/RequestsChartView.h"
#include "charts/UsageRange.h"
#include "models/ModelRoles.h"
#include "models/StatusText.h"
#include "models/TimeFormat.h"
#include "style/StatusPalette.h"
#include "views/MetricTile.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wither::desktop {

namespace {
enum ListKind { Expiring, NearLimit, Unused };
}

DashboardPage::DashboardPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_expiringBox(new QGroupBox(this))
    , m_nearLimitBox(new QGroupBox(this))
    , m_unusedBox(new QGroupBox(this))
    , m_expiring(makeList())
    , m_nearLimit(makeList())
    , m_unused(makeList())
    , m_traffic(new RequestsChartView(this)) {
    setObjectName(QStringLiteral("dashboardPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    auto* title = new QLabel(tr("Dashboard"), content);
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);

    auto* cards = new QGridLayout;
    const StatusPalette palette = StatusPalette::forApplication();
    const QList<std::pair<QString, std::optional<TokenStatus>>> captions = {
        {tr("PROJECTS"), std::nullopt},
        {tr("ACTIVE TOKENS"), TokenStatus::Active},
        {tr("EXPIRED"), TokenStatus::Expired},
        {tr("REVOKED"), TokenStatus::Revoked},
        {tr("RATE LIMITED"), TokenStatus::RateLimited},
        {tr("REQUESTS TODAY"), std::nullopt},
        {tr("CACHE HIT RATE TODAY"), std::nullopt},
    };
    for (int i = 0; i < captions.size(); ++i) {
        auto* tile = new MetricTile(captions[i].first, content);
        if (const auto status = captions[i].second) {
            tile->setAccent(palette.statusColor(*status));
            tile->setCursor(Qt::PointingHandCursor);
            tile->setToolTip(tr("Show the %1 tokens").arg(statusLabel(*status)));
            connect(tile, &MetricTile::clicked, this, [this, s = *status] { emit statusCardClicked(s); });
        }
        m_cards << tile;
        cards->addWidget(tile, i / 4, i % 4);
    }
    layout->addLayout(cards);

    auto* lists = new QHBoxLayout;
    for (auto [box, list] : {std::pair{m_expiringBox, m_expiring}, std::pair{m_nearLimitBox, m_nearLimit},
                             std::pair{m_unusedBox, m_unused}}) {
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(list);
        lists->addWidget(box);
    }
    m_expiringBox->setTitle(tr("Expiring within 24 h"));
    m_nearLimitBox->setTitle(tr("Above 80 % of their limit"));
    m_unusedBox->setTitle(tr("Active, unused for 7 days"));
    layout->addLayout(lists);

    m_traffic->chart()->setTitle(tr("All traffic, last 24 hours"));
    m_traffic->setMinimumHeight(300);
    layout->addWidget(m_traffic, 1);
}

QTreeWidget* DashboardPage::makeList() {
    auto* list = new QTreeWidget(this);
    list->setColumnCount(3);
    list->setHeaderLabels({tr("Token"), tr("Project"), tr("Detail")});
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setMinimumHeight(110);
    list->setMaximumHeight(190);
    // The detail ("expires in 2 h") must stay readable; a long label is what gets elided.
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    list->setCursor(Qt::PointingHandCursor);
    connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit this->context().openTokenRequested(item->data(0, IdRole).toString());
    });
    connect(list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        emit this->context().openTokenRequested(item->data(0, IdRole).toString());
    });
    return list;
}

MetricTile* DashboardPage::card(const QString& caption) const {
    for (MetricTile* tile : m_cards) {
        if (tile->caption() == caption) {
            return tile;
        }
    }
    return nullptr;
}

void DashboardPage::refresh() {
    m_pending = 2;
    const auto oneDone = [this] {
        if (--m_pending == 0) {
            emit loaded();
        }
    };
    context().client()->stats(
        this,
        [this, oneDone](Stats stats) {
            showStats(stats);
            oneDone();
        },
        [this, oneDone](const ApiClientError& error) {
            emit context().errorMessage(error);
            oneDone();
        });
    context().client()->usage(
        UsageRange::dashboardQuery(toQDateTime(context().clock().now())), this,
        [this, oneDone](UsageSeries usage) {
            m_traffic->setUsage(usage);
            oneDone();
        },
        [this, oneDone](const ApiClientError& error) {
            m_traffic->clearUsage();
            emit context().errorMessage(error);
            oneDone();
        });
}

void DashboardPage::showStats(const Stats& s) {
    m_stats = s;
    const QLocale locale;
    const auto n = [&locale](std::int64_t v) { return locale.toString(static_cast<qlonglong>(v)); };
    m_cards[0]->setValue(n(s.projectsActive + s.projectsInactive));
    m_cards[0]->setDetail(tr("%1 active · %2 inactive").arg(n(s.projectsActive), n(s.projectsInactive)));
    m_cards[1]->setValue(n(s.tokens.active));
    m_cards[1]->setDetail(
        tr("of %1 tokens; %2 in inactive projects").arg(n(s.tokens.total), n(s.tokens.projectInactive)));
    m_cards[2]->setValue(n(s.tokens.expired));
    m_cards[3]->setValue(n(s.tokens.revoked));
    m_cards[4]->setValue(n(s.tokens.rateLimited));
    m_cards[5]->setValue(n(s.requestsToday));
    m_cards[5]->setDetail(tr("%1 served from cache").arg(n(s.cacheHitsToday)));
    m_cards[6]->setValue(s.requestsToday > 0 ? locale.toString(s.cacheHitRateToday * 100, 'f', 1) + QStringLiteral(" %")
                                             : QStringLiteral("—"));
    fillList(m_expiring, m_expiringBox, tr("Expiring within 24 h"), s.expiringWithin24h, Expiring);
    fillList(m_nearLimit, m_nearLimitBox, tr("Above 80 % of their limit"), s.nearLimit, NearLimit);
    fillList(m_unused, m_unusedBox, tr("Active, unused for 7 days"), s.unused7d, Unused);
}

void DashboardPage::fillList(QTreeWidget* list, QGroupBox* box, const QString& title, const TokenShortlist& shortlist,
                             int kind) {
    const QLocale locale;
    box->setTitle(tr("%1 (%2)").arg(title, locale.toString(static_cast<qlonglong>(shortlist.count))));
    list->clear();
    const QDateTime now = toQDateTime(context().clock().now());
    for (const Token& t : shortlist.tokens) {
        QString name = QString::fromStdString(t.id).left(8);
        if (!t.label.empty()) {
            name += QLatin1Char(' ') + QString::fromStdString(t.label);
        }
        QString detail;
        switch (kind) {
        case Expiring:
            detail = tr("expires %1").arg(TimeFormat::relative(toQDateTime(t.expiresAt), now));
            break;
        case NearLimit:
            detail =
                tr("%1 of %2 used")
                    .arg(locale.toString(static_cast<qlonglong>(t.requestCount)),
                         t.maxRequests ? locale.toString(static_cast<qlonglong>(*t.maxRequests)) : QStringLiteral("∞"));
            break;
        default:
            detail = t.lastUsedAt
                         ? tr("last used %1").arg(TimeFormat::relative(toQDateTime(t.lastUsedAt), now))
                         : tr("never used, created %1").arg(TimeFormat::relative(toQDateTime(t.createdAt), now));
            break;
        }
        auto* item = new QTreeWidgetItem(list, {name, QString::fromStdString(t.projectName), detail});
        item->setData(0, IdRole, QString::fromStdString(t.id));
        item->setToolTip(0, tr("Open token %1").arg(QString::fromStdString(t.id)));
    }
    if (shortlist.tokens.empty()) {
        auto* item = new QTreeWidgetItem(list, {tr("None"), QString(), QString()});
        item->setFlags(Qt::NoItemFlags);
    } else if (shortlist.count > static_cast<std::int64_t>(shortlist.tokens.size())) {
        auto* item = new QTreeWidgetItem(
            list, {tr("… and %1 more").arg(shortlist.count - static_cast<std::int64_t>(shortlist.tokens.size())),
                   QString(), QString()});
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace wither::desktop
