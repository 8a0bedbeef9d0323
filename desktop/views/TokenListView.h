#pragma once

#include "dialogs/RevokeTokensDialog.h"

#include "shared/Model.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QTableView;

namespace wither::desktop {

class ActionsDelegate;
class AppContext;
class TokenFilterProxyModel;
class TokenTableModel;

/// A token table with everything the guide's list needs: status dots, View/Revoke actions, server-side
/// sorting by header click, lazy paging, multi-select, a "Showing n of m" footer and a remembered column
/// layout. Used by the Tokens page and by a project's page.
class TokenListView : public QWidget {
    Q_OBJECT
public:
    TokenListView(AppContext& context, const QString& layoutKey, QWidget* parent = nullptr);
    ~TokenListView() override;

    TokenTableModel* model() const { return m_model; }
    TokenFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }

    QStringList selectedIds() const;
    std::vector<Token> selectedTokens() const;
    /// Reloads from the first page (filters changed).
    void reload();
    /// Re-reads the loaded rows, keeping selection and scroll position.
    void refresh();
    void applyRole();
    /// A project's own page does not need the Project column.
    void setProjectColumnVisible(bool visible);
    QString footerText() const;

    /// Asks to revoke the selected tokens (one: the single-token dialog; several: the selection dialog).
    void revokeSelected();
    void revokeToken(const Token& token);
    /// The revocation dialog currently open, if any.
    RevokeTokensDialog* revokeDialog() const { return m_revokeDialog; }

signals:
    void selectionChanged();

private:
    void updateFooter();
    void saveLayout();
    void openRevokeDialog(RevokeTokensDialog* dialog);

    AppContext& m_context;
    QString m_layoutKey;
    TokenTableModel* m_model;
    TokenFilterProxyModel* m_proxy;
    QTableView* m_table;
    ActionsDelegate* m_actions;
    QLabel* m_footer;
    QPointer<RevokeTokensDialog> m_revokeDialog;
};

} // namespace wither::desktop
