#include "app/AdminApplication.h"

#include <QApplication>

namespace wither::desktop {

int AdminApplication::run(QApplication& app) {
    return app.exec();
}

} // namespace wither::desktop
