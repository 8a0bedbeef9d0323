#include "style/StatusDelegate.h"

#include "models/ModelRoles.h"

#include <QApplication>
#include <QPainter>

namespace wither::desktop {

namespace {
int dotDiameter(const QStyleOptionViewItem& option) {
    return std::max(8, option.fontMetrics.height() * 5 / 8);
}
} // namespace

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection only

    const QColor color = index.data(StatusColorRole).value<QColor>();
    const int d = dotDiameter(option);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 4;
    QRect dot(option.rect.left() + margin, option.rect.center().y() - d / 2 + 1, d, d);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (color.isValid()) {
        painter->setPen(QPen(color.darker(130), 1));
        painter->setBrush(color);
        painter->drawEllipse(dot);
    }
    const QRect textRect = option.rect.adjusted(margin + d + 6, 0, -margin, 0);
    const QPalette::ColorRole role =
        (option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(
        option.palette.color(option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled, role));
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += dotDiameter(option) + 14;
    return size;
}

} // namespace wither::desktop
