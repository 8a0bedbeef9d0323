#pragma once

#include "shared/ApiError.h"
#include "shared/Role.h"
#include "shared/Timestamp.h"
#include "shared/TokenStatus.h"

#include <QtTest/QTest>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Lets QCOMPARE print the std and domain types of shared/ when they differ, instead of "<null>". Enums
// of shared/ are compared through their toString() instead: argument-dependent lookup would pick wither::toString
// over QTest::toString inside QCOMPARE.

template <>
inline char* QTest::toString<std::string>(const std::string& value) {
    return qstrdup(value.c_str());
}

template <>
inline char* QTest::toString<std::optional<std::int64_t>>(const std::optional<std::int64_t>& value) {
    return qstrdup(value ? std::to_string(*value).c_str() : "nullopt");
}

template <>
inline char* QTest::toString<std::optional<std::string>>(const std::optional<std::string>& value) {
    return qstrdup(value ? ("\"" + *value + "\"").c_str() : "nullopt");
}

template <>
inline char* QTest::toString<wither::TimePoint>(const wither::TimePoint& value) {
    return qstrdup(
        (wither::formatTimestamp(value) + " (" + std::to_string(wither::toEpochMillis(value)) + " ms)").c_str());
}

template <>
inline char* QTest::toString<std::optional<wither::TimePoint>>(const std::optional<wither::TimePoint>& value) {
    return value ? QTest::toString(*value) : qstrdup("nullopt");
}

template <>
inline char* QTest::toString<std::chrono::seconds>(const std::chrono::seconds& value) {
    return qstrdup((std::to_string(value.count()) + " s").c_str());
}

template <>
inline char* QTest::toString<std::optional<wither::TokenStatus>>(const std::optional<wither::TokenStatus>& value) {
    return qstrdup(value ? std::string(wither::toString(*value)).c_str() : "nullopt");
}

template <>
inline char* QTest::toString<std::string_view>(const std::string_view& value) {
    return qstrdup(std::string(value).c_str());
}

template <>
inline char* QTest::toString<std::optional<wither::ErrorCode>>(const std::optional<wither::ErrorCode>& value) {
    return qstrdup(value ? std::string(wither::toString(*value)).c_str() : "nullopt");
}

template <>
inline char*
QTest::toString<std::optional<wither::ProxyErrorCode>>(const std::optional<wither::ProxyErrorCode>& value) {
    return qstrdup(value ? std::string(wither::toString(*value)).c_str() : "nullopt");
}

template <>
inline char* QTest::toString<std::optional<wither::Role>>(const std::optional<wither::Role>& value) {
    return qstrdup(value ? std::string(wither::toString(*value)).c_str() : "nullopt");
}
