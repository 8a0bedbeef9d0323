#include "app/AdminApplication.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    return wither::desktop::AdminApplication::run(app);
}
