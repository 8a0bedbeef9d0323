// Management key roles of api.md §2.1: exactly `admin` and `auditor`.
#include "shared/Role.h"

#include "tests/shared/SharedTestPrinters.h"

#include <QtTest>

using namespace wither;

class TestRole : public QObject {
    Q_OBJECT

private slots:
    void names_data() {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("name");
        QTest::newRow("admin") << int(Role::Admin) << "admin";
        QTest::newRow("auditor") << int(Role::Auditor) << "auditor";
    }

    void names() {
        QFETCH(int, role);
        QFETCH(QString, name);
        QCOMPARE(std::string(toString(static_cast<Role>(role))), name.toStdString());
        QCOMPARE(parseRole(name.toStdString()), std::optional(static_cast<Role>(role)));
    }

    void rolesAreDistinct() { QVERIFY(toString(Role::Admin) != toString(Role::Auditor)); }

    void parseRejectsOtherText_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("capitalised") << "Admin";
        QTest::newRow("upper case") << "AUDITOR";
        QTest::newRow("trailing space") << "admin ";
        QTest::newRow("prefix") << "adm";
        QTest::newRow("longer") << "administrator";
        QTest::newRow("other role") << "viewer";
        QTest::newRow("NUL suffix") << QString(QStringLiteral("admin") + QChar(0));
    }

    void parseRejectsOtherText() {
        QFETCH(QString, text);
        QCOMPARE(parseRole(text.toStdString()), std::optional<Role>());
    }
};

QTEST_APPLESS_MAIN(TestRole)
#include "TestRole.moc"
