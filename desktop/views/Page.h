#pragma once

#include <QWidget>

namespace wither::desktop {

class AppContext;

/// A screen of the main window. refresh() reloads what it shows without losing selection or scroll position;
/// applyRole() hides or disables mutating actions for read-only keys.
class Page : public QWidget {
    Q_OBJECT
public:
    Page(AppContext& context, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_context(context) {}

    virtual void refresh() = 0;
    virtual void applyRole() {}

protected:
    AppContext& context() const { return m_context; }

private:
    AppContext& m_context;
};

} // namespace wither::desktop
