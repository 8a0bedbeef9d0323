// Error codes of api.md: §2.2 (management, `{"error","code"}`) and §3.1 (proxy, OpenAI shape with `type`).
// The expected strings, statuses and types are written here from api.md, not read from the implementation.
// The switches below have no default, so -Wswitch (an error under WITHER_WERROR) forces a new enumerator to be
// added to this table too.
#include "shared/ApiError.h"

#include "tests/shared/SharedTestPrinters.h"

#include <QtTest>

#include <set>

using namespace wither;

namespace {

constexpr int kProbeRange = 64; // enumerators are probed by value; far more than either enum has

struct SpecRow {
    const char* name;
    int status;
    const char* type = ""; ///< OpenAI error type, proxy codes only
};

// api.md §2.2, statuses as the sections using each code give them.
std::optional<SpecRow> spec(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidJson:
        return SpecRow{"invalid_json", 400};
    case ErrorCode::ValidationFailed:
        return SpecRow{"validation_failed", 400};
    case ErrorCode::Unauthorized:
        return SpecRow{"unauthorized", 401};
    case ErrorCode::Forbidden:
        return SpecRow{"forbidden", 403};
    case ErrorCode::NotFound:
        return SpecRow{"not_found", 404};
    case ErrorCode::ProjectNotFound:
        return SpecRow{"project_not_found", 404};
    case ErrorCode::TokenNotFound:
        return SpecRow{"token_not_found", 404};
    case ErrorCode::ProjectNameTaken:
        return SpecRow{"project_name_taken", 409};
    case ErrorCode::ProjectInactive:
        return SpecRow{"project_inactive", 403};
    case ErrorCode::TokenExpired:
        return SpecRow{"token_expired", 409};
    case ErrorCode::KeyNameTaken:
        return SpecRow{"key_name_taken", 409};
    case ErrorCode::MethodNotAllowed:
        return SpecRow{"method_not_allowed", 405};
    case ErrorCode::PayloadTooLarge:
        return SpecRow{"payload_too_large", 413};
    case ErrorCode::RateLimited:
        return SpecRow{"rate_limited", 429};
    case ErrorCode::StorageUnavailable:
        return SpecRow{"storage_unavailable", 503};
    case ErrorCode::Internal:
        return SpecRow{"internal", 500};
    }
    return std::nullopt;
}

// api.md §3.1: the check table and the type per status.
std::optional<SpecRow> spec(ProxyErrorCode code) {
    switch (code) {
    case ProxyErrorCode::MissingToken:
        return SpecRow{"missing_token", 401, "authentication_error"};
    case ProxyErrorCode::InvalidToken:
        return SpecRow{"invalid_token", 401, "authentication_error"};
    case ProxyErrorCode::TokenRevoked:
        return SpecRow{"token_revoked", 401, "authentication_error"};
    case ProxyErrorCode::TokenExpired:
        return SpecRow{"token_expired", 401, "authentication_error"};
    case ProxyErrorCode::ProjectInactive:
        return SpecRow{"project_inactive", 403, "permission_error"};
    case ProxyErrorCode::RateLimitExceeded:
        return SpecRow{"rate_limit_exceeded", 429, "rate_limit_error"};
    case ProxyErrorCode::EndpointNotAllowed:
        return SpecRow{"endpoint_not_allowed", 404, "invalid_request_error"};
    case ProxyErrorCode::MethodNotAllowed:
        return SpecRow{"method_not_allowed", 405, "invalid_request_error"};
    case ProxyErrorCode::RequestTooLarge:
        return SpecRow{"request_too_large", 413, "invalid_request_error"};
    case ProxyErrorCode::UpstreamUnreachable:
        return SpecRow{"upstream_unreachable", 502, "upstream_error"};
    case ProxyErrorCode::UpstreamTimeout:
        return SpecRow{"upstream_timeout", 504, "upstream_error"};
    case ProxyErrorCode::UpstreamBadResponse:
        return SpecRow{"upstream_bad_response", 502, "upstream_error"};
    case ProxyErrorCode::StorageUnavailable:
        return SpecRow{"storage_unavailable", 503, "server_error"};
    }
    return std::nullopt;
}

template <typename Code>
void addRows() {
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    for (int value = 0; value < kProbeRange; ++value) {
        if (const auto row = spec(static_cast<Code>(value))) {
            QTest::newRow(row->name) << value << QString::fromUtf8(row->name) << row->status
                                     << QString::fromUtf8(row->type);
        }
    }
}

template <typename Code>
std::set<std::string_view> allNames() {
    std::set<std::string_view> names;
    for (int value = 0; value < kProbeRange; ++value) {
        const auto code = static_cast<Code>(value);
        if (spec(code)) {
            names.insert(toString(code));
        }
    }
    return names;
}

template <typename Code>
std::size_t specSize() {
    std::size_t n = 0;
    for (int value = 0; value < kProbeRange; ++value) {
        n += spec(static_cast<Code>(value)) ? 1 : 0;
    }
    return n;
}

} // namespace

class TestApiError : public QObject {
    Q_OBJECT

private slots:
    void managementCodes_data() { addRows<ErrorCode>(); }

    void managementCodes() {
        QFETCH(int, value);
        QFETCH(QString, name);
        QFETCH(int, status);
        const auto code = static_cast<ErrorCode>(value);
        QCOMPARE(std::string(toString(code)), name.toStdString());
        QCOMPARE(httpStatus(code), status);
        QCOMPARE(parseErrorCode(name.toStdString()), std::optional(code));
        const ApiError error(code, "message");
        QCOMPARE(toString(error.code()), toString(code));
        QCOMPARE(error.status(), status);
    }

    void managementCodesAreUniqueAndComplete() {
        QCOMPARE(specSize<ErrorCode>(), std::size_t(16)); // the 16 codes listed in api.md §2.2
        QCOMPARE(allNames<ErrorCode>().size(), specSize<ErrorCode>());
    }

    void proxyCodes_data() { addRows<ProxyErrorCode>(); }

    void proxyCodes() {
        QFETCH(int, value);
        QFETCH(QString, name);
        QFETCH(int, status);
        QFETCH(QString, type);
        const auto code = static_cast<ProxyErrorCode>(value);
        QCOMPARE(std::string(toString(code)), name.toStdString());
        QCOMPARE(httpStatus(code), status);
        QCOMPARE(std::string(openAiErrorType(code)), type.toStdString());
        QCOMPARE(parseProxyErrorCode(name.toStdString()), std::optional(code));
    }

    void proxyCodesAreUniqueAndComplete() {
        QCOMPARE(specSize<ProxyErrorCode>(), std::size_t(13)); // the failures of the §3.1 table
        QCOMPARE(allNames<ProxyErrorCode>().size(), specSize<ProxyErrorCode>());
    }

    void proxyTypeFollowsStatus() {
        // §3.1: the type is a function of the status class.
        for (int value = 0; value < kProbeRange; ++value) {
            const auto code = static_cast<ProxyErrorCode>(value);
            if (!spec(code)) {
                continue;
            }
            const int status = httpStatus(code);
            const std::string_view type = openAiErrorType(code);
            if (status == 401) {
                QCOMPARE(type, std::string_view("authentication_error"));
            } else if (status == 403) {
                QCOMPARE(type, std::string_view("permission_error"));
            } else if (status == 404 || status == 405 || status == 413) {
                QCOMPARE(type, std::string_view("invalid_request_error"));
            } else if (status == 429) {
                QCOMPARE(type, std::string_view("rate_limit_error"));
            } else if (status == 502 || status == 504) {
                QCOMPARE(type, std::string_view("upstream_error"));
            } else {
                QCOMPARE(status, 503);
                QCOMPARE(type, std::string_view("server_error"));
            }
        }
    }

    void parseRejectsUnknownText_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("capitalised") << "Invalid_json";
        QTest::newRow("spaced") << " not_found";
        QTest::newRow("camel case") << "notFound";
        QTest::newRow("unknown") << "teapot";
    }

    void parseRejectsUnknownText() {
        QFETCH(QString, text);
        QCOMPARE(parseErrorCode(text.toStdString()), std::optional<ErrorCode>());
        QCOMPARE(parseProxyErrorCode(text.toStdString()), std::optional<ProxyErrorCode>());
    }

    void codesOfTheOtherSideAreNotAccepted() {
        // Each side parses only its own vocabulary.
        QCOMPARE(parseErrorCode("rate_limit_exceeded"), std::optional<ErrorCode>());
        QCOMPARE(parseErrorCode("missing_token"), std::optional<ErrorCode>());
        QCOMPARE(parseProxyErrorCode("validation_failed"), std::optional<ProxyErrorCode>());
        QCOMPARE(parseProxyErrorCode("internal"), std::optional<ProxyErrorCode>());
    }

    void valueOutsideTheEnumFallsBackToA5xx() {
        // A corrupted value must still produce an answer a client can handle, never a crash or a 2xx.
        const auto bogus = static_cast<ErrorCode>(1000);
        QCOMPARE(std::string(toString(bogus)), std::string("internal"));
        QCOMPARE(httpStatus(bogus), 500);
        const auto bogusProxy = static_cast<ProxyErrorCode>(1000);
        QVERIFY(httpStatus(bogusProxy) >= 500);
        QVERIFY(!toString(bogusProxy).empty());
        QVERIFY(!openAiErrorType(bogusProxy).empty());
    }

    void apiErrorCarriesCodeAndMessage() {
        const ApiError error(ErrorCode::ProjectInactive, "Cannot generate tokens for inactive project");
        QCOMPARE(toString(error.code()), toString(ErrorCode::ProjectInactive));
        QCOMPARE(error.status(), 403);
        QCOMPARE(std::string(error.what()), std::string("Cannot generate tokens for inactive project"));
        try {
            throw ApiError(ErrorCode::TokenNotFound, "Token not found");
        } catch (const std::exception& e) { // catchable by the generic handler of the server
            QCOMPARE(std::string(e.what()), std::string("Token not found"));
        }
    }

    void validationNamesTheField() {
        const ApiError error = ApiError::validation("max_requests", "must not be negative");
        QCOMPARE(toString(error.code()), toString(ErrorCode::ValidationFailed));
        QCOMPARE(error.status(), 400);
        QCOMPARE(std::string(error.what()), std::string("max_requests: must not be negative"));
    }
};

QTEST_APPLESS_MAIN(TestApiError)
#include "TestApiError.moc"
