#include "style/ActionsDelegate.h"

#include "models/ModelRoles.h"
#include "style/StatusPalette.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace wither::desktop {

namespace {
QString viewText() {
    return ActionsDelegate::tr("View");
}
QString revokeText() {
    return ActionsDelegate::tr("Revoke");
}
constexpr int kMargin = 6;
constexpr int kGap = 14;
} // namespace

QRect ActionsDelegate::viewRect(const QStyleOptionViewItem& option) const {
    const int w = option.fontMetrics.horizontalAdvance(viewText());
    return QRect(option.rect.left() + kMargin, option.rect.top(), w, option.rect.height());
}

QRect ActionsDelegate::revokeRect(const QStyleOptionViewItem& option) const {
    const QRect view = viewRect(option);
    const int w = option.fontMetrics.horizontalAdvance(revokeText());
    return QRect(view.right() + kGap, option.rect.top(), w, option.rect.height());
}

void ActionsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor link =
        selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Link);
    painter->save();
    QFont font = option.font;
    font.setUnderline(true);
    painter->setFont(font);
    painter->setPen(link);
    painter->drawText(viewRect(option), Qt::AlignVCenter | Qt::AlignLeft, viewText());
    if (m_revokeAllowed) {
        const bool canRevoke = index.data(CanRevokeRole).toBool();
        QColor revoke = StatusPalette::forApplication().statusColor(TokenStatus::Revoked);
        if (selected) {
            revoke = option.palette.color(QPalette::HighlightedText);
        }
        if (!canRevoke) {
            revoke = option.palette.color(QPalette::Disabled, QPalette::Text);
            font.setUnderline(false);
            painter->setFont(font);
        }
        painter->setPen(revoke);
        painter->drawText(revokeRect(option), Qt::AlignVCenter | Qt::AlignLeft, revokeText());
    }
    painter->restore();
}

QSize ActionsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(option.fontMetrics.horizontalAdvance(viewText()) +
                  option.fontMetrics.horizontalAdvance(revokeText()) + 2 * kMargin + kGap);
    return size;
}

bool ActionsDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) {
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            if (viewRect(option).contains(mouse->position().toPoint())) {
                emit viewClicked(index);
                return true;
            }
            if (m_revokeAllowed && index.data(CanRevokeRole).toBool() &&
                revokeRect(option).contains(mouse->position().toPoint())) {
                emit revokeClicked(index);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace wither::desktop
