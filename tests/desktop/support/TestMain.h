#pragma once

#include "style/Icons.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

// QTEST_MAIN plus what every desktop test needs: test-mode standard paths (no real config is touched), the
// key store's file backend (no keychain prompts on a developer machine) and the embedded icons.
#define WITHER_DESKTOP_TEST_MAIN(TestClass)                                                                            \
    int main(int argc, char* argv[]) {                                                                                 \
        QStandardPaths::setTestModeEnabled(true);                                                                      \
        qputenv("WITHER_ADMIN_KEYSTORE", "file");                                                                      \
        QApplication app(argc, argv);                                                                                  \
        QApplication::setOrganizationName(QStringLiteral("WitherTests"));                                              \
        QApplication::setApplicationName(QStringLiteral(#TestClass));                                                  \
        wither::desktop::Icons::initResources();                                                                       \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
