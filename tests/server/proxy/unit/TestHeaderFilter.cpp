// Which headers cross the proxy in each direction (api.md §3.2).
#include "proxy/HeaderFilter.h"

#include <QtTest>

using wither::proxy::HeaderFilter;
using wither::proxy::HeaderList;

namespace {
bool has(const HeaderList& headers, const char* name) {
    return HeaderFilter::find(headers, name).has_value();
}
} // namespace

class TestHeaderFilter : public QObject {
    Q_OBJECT

private slots:
    void requestDropsSensitiveAndHopByHop() {
        const HeaderList client = {
            {"Authorization", "Bearer sk-wt-abc"},
            {"Cookie", "session=1"},
            {"X-Forwarded-For", "1.2.3.4"},
            {"x-forwarded-proto", "https"},
            {"Forwarded", "for=1.2.3.4"},
            {"X-Real-IP", "1.2.3.4"},
            {"Connection", "keep-alive, X-Secret-Hop"},
            {"X-Secret-Hop", "1"},
            {"Keep-Alive", "timeout=5"},
            {"Transfer-Encoding", "chunked"},
            {"TE", "trailers"},
            {"Upgrade", "h2c"},
            {"Proxy-Authorization", "Basic x"},
            {"Host", "proxy.local"},
            {"Content-Length", "12"},
            {"Content-Type", "application/json"},
            {"OpenAI-Organization", "org-1"},
            {"X-Custom", "kept"},
            {"Accept", "text/event-stream"},
        };
        const auto out = HeaderFilter::forwardRequestHeaders(client);
        for (const char* dropped : {"Authorization", "Cookie", "X-Forwarded-For", "X-Forwarded-Proto", "Forwarded",
                                    "X-Real-IP", "Connection", "X-Secret-Hop", "Keep-Alive", "Transfer-Encoding", "TE",
                                    "Upgrade", "Proxy-Authorization", "Host", "Content-Length"}) {
            QVERIFY2(!has(out, dropped), dropped);
        }
        for (const char* kept : {"Content-Type", "OpenAI-Organization", "X-Custom", "Accept"}) {
            QVERIFY2(has(out, kept), kept);
        }
        QCOMPARE(out.size(), std::size_t{4});
    }

    void responseDropsFramingAndRenamesNothingItself() {
        const HeaderList upstream = {
            {"Content-Type", "text/event-stream"},
            {"Transfer-Encoding", "chunked"},
            {"Connection", "close"},
            {"Content-Length", "5"},
            {"X-Request-ID", "up-1"},
            {"X-Proxy-Cache", "hit"},
            {"Set-Cookie", "a=1"},
            {"Set-Cookie", "b=2"},
            {"openai-processing-ms", "12"},
        };
        const auto out = HeaderFilter::relayResponseHeaders(upstream);
        QVERIFY(!has(out, "Transfer-Encoding"));
        QVERIFY(!has(out, "Connection"));
        QVERIFY(!has(out, "Content-Length"));
        QVERIFY(!has(out, "X-Request-ID"));
        QVERIFY(!has(out, "X-Proxy-Cache"));
        QVERIFY(has(out, "openai-processing-ms"));
        QCOMPARE(std::count_if(out.begin(), out.end(), [](const auto& h) { return h.first == "Set-Cookie"; }), 2);
    }

    void caseInsensitiveLookup() {
        const HeaderList headers = {{"content-TYPE", "a"}, {"Content-Type", "b"}};
        QCOMPARE(HeaderFilter::find(headers, "Content-Type").value(), std::string("a"));
        QVERIFY(!HeaderFilter::find(headers, "Content-Typ"));
        QVERIFY(HeaderFilter::isHopByHop("TRANSFER-ENCODING"));
        QVERIFY(!HeaderFilter::isHopByHop("Content-Type"));
    }
};

QTEST_APPLESS_MAIN(TestHeaderFilter)
#include "TestHeaderFilter.moc"
