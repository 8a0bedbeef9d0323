#pragma once

#include <QtTest/QTest>

#include <string>

/// Lets QCOMPARE print std::string values when they differ.
template <>
inline char* QTest::toString<std::string>(const std::string& value) {
    return qstrdup(value.c_str());
}
