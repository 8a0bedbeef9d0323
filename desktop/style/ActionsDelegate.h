#pragma once

#include <QStyledItemDelegate>

namespace wither::desktop {

/// The Actions column of token lists: "View" and "Revoke" painted as links (Revoke only while the token can
/// still be revoked and the key may change things); a click on one emits the matching signal.
class ActionsDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setRevokeAllowed(bool allowed) { m_revokeAllowed = allowed; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    /// Where the two links sit inside a cell.
    QRect viewRect(const QStyleOptionViewItem& option) const;
    QRect revokeRect(const QStyleOptionViewItem& option) const;

signals:
    void viewClicked(const QModelIndex& index);
    void revokeClicked(const QModelIndex& index);

private:
    bool m_revokeAllowed = true;
};

} // namespace wither::desktop
