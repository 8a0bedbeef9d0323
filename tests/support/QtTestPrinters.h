#pragma once

#include <optional>
#include <string>

#include <QtTest/QTest>

#include "tests/support/HttpError.h"

/// Let QCOMPARE print these values when they differ.
template <>
inline char* QTest::toString<std::string>(const std::string& value) {
    return qstrdup(value.c_str());
}

template <>
inline char* QTest::toString<std::optional<wither::testing::HttpErrorKind>>(
    const std::optional<wither::testing::HttpErrorKind>& kind) {
    return qstrdup(kind ? std::string(wither::testing::toString(*kind)).c_str() : "no error");
}

template <>
inline char* QTest::toString<std::optional<int>>(const std::optional<int>& value) {
    return qstrdup(value ? std::to_string(*value).c_str() : "nothing");
}
