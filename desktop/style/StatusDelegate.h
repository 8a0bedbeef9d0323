#pragma once

#include <QStyledItemDelegate>

namespace wither::desktop {

/// Paints a status cell as a coloured dot (the model's StatusColorRole) followed by the status word, so colour
/// is never the only signal. It only paints.
class StatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace wither::desktop
