#include "style/Icons.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

// Q_INIT_RESOURCE declares a function at file scope, so it must not be called from inside a namespace.
static void witherInitResources() {
    Q_INIT_RESOURCE(wither_admin);
}

namespace wither::desktop {

void Icons::initResources() {
    static const bool done = [] {
        witherInitResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon Icons::icon(const QString& name) {
    return icon(name, QGuiApplication::palette().color(QPalette::Active, QPalette::ButtonText));
}

QIcon Icons::icon(const QString& name, const QColor& color) {
    initResources();
    static QHash<QString, QIcon> cache;
    const QString key = name + QLatin1Char('#') + color.name(QColor::HexArgb);
    if (const auto it = cache.constFind(key); it != cache.cend()) {
        return it.value();
    }
    const QIcon source(QStringLiteral(":/icons/%1.svg").arg(name));
    QIcon tinted;
    for (int size : {16, 20, 24, 32, 48, 64}) {
        QPixmap pixmap = source.pixmap(QSize(size, size));
        if (pixmap.isNull()) {
            continue;
        }
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
        painter.end();
        tinted.addPixmap(pixmap, QIcon::Normal);
        QPixmap disabled = pixmap;
        QPainter dim(&disabled);
        dim.setCompositionMode(QPainter::CompositionMode_SourceIn);
        QColor faded = color;
        faded.setAlphaF(0.35);
        dim.fillRect(disabled.rect(), faded);
        dim.end();
        tinted.addPixmap(disabled, QIcon::Disabled);
    }
    cache.insert(key, tinted);
    return tinted;
}

QIcon Icons::appIcon() {
    initResources();
    return QIcon(QStringLiteral(":/icons/wither-admin.svg"));
}

} // namespace wither::desktop
