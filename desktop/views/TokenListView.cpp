#include "views/TokenListView.h"

#include "api/ApiClient.h"
#include "app/AppContext.h"
#include "app/Settings.h"
#include "dialogs/RevokeTokensDialog.h"
#include "models/ModelRoles.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TimeFormat.h"
#include "models/TokenTableModel.h"
#include "style/ActionsDelegate.h"
#include "style/StatusDelegate.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wither::desktop {

TokenListView::TokenListView(AppContext& context, const QString& layoutKey, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_layoutKey(layoutKey)
    , m_model(new TokenTableModel(context.client(), context.clock(), this))
    , m_proxy(new TokenFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_actions(new ActionsDelegate(this))
    , m_footer(new QLabel(this)) {
    m_proxy->setTokenModel(m_model);
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setItemDelegateForColumn(TokenTableModel::StatusColumn, new StatusDelegate(this));
    m_table->setItemDelegateForColumn(TokenTableModel::ActionsColumn, m_actions);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // The project name takes whatever width is left; every other column keeps a width that fits its content.
    header->setSectionResizeMode(TokenTableModel::ProjectColumn, QHeaderView::Stretch);
    header->setSortIndicator(TokenTableModel::CreatedColumn, Qt::DescendingOrder);
    const QFontMetrics fm = m_table->fontMetrics();
    const QDateTime sampleNow(QDate(2026, 12, 28), QTime(23, 58), Qt::UTC);
    const QString sampleTime = TimeFormat::localWithHint(sampleNow.addSecs(-(8 * 3600 + 55 * 60)), sampleNow);
    m_table->setColumnWidth(TokenTableModel::IdColumn, fm.horizontalAdvance(QStringLiteral("8888888888")) + 16);
    m_table->setColumnWidth(TokenTableModel::StatusColumn,
                            fm.horizontalAdvance(QStringLiteral("Project inactive")) + 40);
    m_table->setColumnWidth(TokenTableModel::CreatedColumn, fm.horizontalAdvance(sampleTime) + 16);
    m_table->setColumnWidth(TokenTableModel::ExpiresColumn, fm.horizontalAdvance(sampleTime) + 16);
    m_table->setColumnWidth(TokenTableModel::ActionsColumn,
                            fm.horizontalAdvance(ActionsDelegate::tr("View") + ActionsDelegate::tr("Revoke")) + 40);
    m_table->setColumnWidth(TokenTableModel::RequestsColumn,
                            fm.horizontalAdvance(QStringLiteral("88,888/88,888")) + 16);
    m_table->setColumnWidth(TokenTableModel::CachedColumn, fm.horizontalAdvance(QStringLiteral("Cached_888")));
    if (context.settings()) {
        const QByteArray state = context.settings()->headerState(m_layoutKey);
        if (!state.isEmpty()) {
            header->restoreState(state);
        }
    }
    m_footer->setObjectName(QStringLiteral("tokenFooter"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footer);

    connect(m_model, &TokenTableModel::totalCountChanged, this, &TokenListView::updateFooter);
    connect(m_model, &TokenTableModel::loaded, this, &TokenListView::updateFooter);
    connect(m_model, &TokenTableModel::loadingChanged, this, &TokenListView::updateFooter);
    connect(m_model, &TokenTableModel::errorOccurred, &m_context, &AppContext::errorMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TokenListView::selectionChanged);
    // The footer counts the selection, so it follows it.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TokenListView::updateFooter);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != TokenTableModel::ActionsColumn) {
            emit m_context.openTokenRequested(index.data(IdRole).toString());
        }
    });
    connect(m_actions, &ActionsDelegate::viewClicked, this,
            [this](const QModelIndex& index) { emit m_context.openTokenRequested(index.data(IdRole).toString()); });
    connect(m_actions, &ActionsDelegate::revokeClicked, this, [this](const QModelIndex& index) {
        const auto row = m_model->rowOf(index.data(IdRole).toString());
        if (row) {
            revokeToken(m_model->tokenAt(*row));
        }
    });
    connect(header, &QHeaderView::sectionResized, this, &TokenListView::saveLayout);
    connect(header, &QHeaderView::sectionMoved, this, &TokenListView::saveLayout);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        // Columns the server cannot sort by keep the current order; put the indicator back where it is true.
        if (!TokenTableModel::sortKeyForColumn(column)) {
            const TokenQuery& q = m_model->query();
            QSignalBlocker block(header);
            header->setSortIndicator(TokenTableModel::columnForSortKey(q.sort), q.order);
        }
    });
    applyRole();
    updateFooter();
}

TokenListView::~TokenListView() = default;

void TokenListView::saveLayout() {
    if (m_context.settings()) {
        m_context.settings()->setHeaderState(m_layoutKey, m_table->horizontalHeader()->saveState());
    }
}

void TokenListView::setProjectColumnVisible(bool visible) {
    m_table->setColumnHidden(TokenTableModel::ProjectColumn, !visible);
    m_table->horizontalHeader()->setStretchLastSection(!visible);
}

void TokenListView::applyRole() {
    m_actions->setRevokeAllowed(m_context.canMutate());
    m_table->viewport()->update();
}

QStringList TokenListView::selectedIds() const {
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        ids << index.data(IdRole).toString();
    }
    return ids;
}

std::vector<Token> TokenListView::selectedTokens() const {
    std::vector<Token> tokens;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        tokens.push_back(m_model->tokenAt(m_proxy->mapToSource(index).row()));
    }
    std::sort(tokens.begin(), tokens.end(), [this](const Token& a, const Token& b) {
        return m_model->rowOf(QString::fromStdString(a.id)) < m_model->rowOf(QString::fromStdString(b.id));
    });
    return tokens;
}

void TokenListView::reload() {
    m_model->reload();
}

void TokenListView::refresh() {
    m_model->refresh();
}

QString TokenListView::footerText() const {
    return m_footer->text();
}

void TokenListView::updateFooter() {
    const QLocale locale;
    const QString shown = locale.toString(m_proxy->rowCount());
    const QString total = locale.toString(m_model->totalCount());
    const int selected =
        m_table->selectionModel() ? static_cast<int>(m_table->selectionModel()->selectedRows().size()) : 0;
    enum class Loading { Done, Running, More };
    const Loading loading = m_model->isLoading()                          ? Loading::Running
                            : m_model->rowCount() < m_model->totalCount() ? Loading::More
                                                                          : Loading::Done;
    // One sentence per case (not glued fragments), so a translation may order and inflect it as it needs.
    QString text;
    if (selected == 0) {
        switch (loading) {
        case Loading::Done:
            text = tr("Showing %1 of %2 tokens").arg(shown, total);
            break;
        case Loading::Running:
            text = tr("Showing %1 of %2 tokens · loading…").arg(shown, total);
            break;
        case Loading::More:
            text = tr("Showing %1 of %2 tokens · scroll down to load more").arg(shown, total);
            break;
        }
    } else {
        switch (loading) {
        case Loading::Done:
            text = tr("Showing %1 of %2 tokens · %Ln selected", nullptr, selected).arg(shown, total);
            break;
        case Loading::Running:
            text = tr("Showing %1 of %2 tokens · %Ln selected · loading…", nullptr, selected).arg(shown, total);
            break;
        case Loading::More:
            text = tr("Showing %1 of %2 tokens · %Ln selected · scroll down to load more", nullptr, selected)
                       .arg(shown, total);
            break;
        }
    }
    m_footer->setText(text);
}

void TokenListView::openRevokeDialog(RevokeTokensDialog* dialog) {
    m_revokeDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevokeTokensDialog::revoked, this, [this] {
        m_model->refresh();
        emit m_context.stateChanged();
    });
    dialog->open();
}

void TokenListView::revokeToken(const Token& token) {
    if (!m_context.canMutate() || !token.isActive) {
        return;
    }
    auto* dialog = RevokeTokensDialog::forToken(m_context.client(), token, this);
    connect(dialog, &RevokeTokensDialog::revoked, this, [this, id = QString::fromStdString(token.id)] {
        emit m_context.successMessage(tr("Token %1 revoked. It is unusable from now on.").arg(id.left(8)));
    });
    openRevokeDialog(dialog);
}

void TokenListView::revokeSelected() {
    if (!m_context.canMutate()) {
        return;
    }
    std::vector<Token> tokens = selectedTokens();
    std::erase_if(tokens, [](const Token& t) { return !t.isActive; });
    if (tokens.empty()) {
        emit m_context.informationMessage(tr("No revocable token is selected."));
        return;
    }
    if (tokens.size() == 1) {
        revokeToken(tokens.front());
        return;
    }
    QStringList ids;
    for (const Token& t : tokens) {
        ids << QString::fromStdString(t.id);
    }
    openRevokeDialog(RevokeTokensDialog::forSelection(m_context.client(), ids, this));
}

} // namespace wither::desktop
