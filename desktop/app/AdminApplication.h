#pragma once

class QApplication;

namespace wither::desktop {

/// Start-up of wither-admin: command line, translations, settings, connection and the main window (or the
/// screenshot run). main.cpp only calls run().
class AdminApplication {
public:
    static int run(QApplication& app);
};

} // namespace wither::desktop
