// The token and header checks on the proxy path (checks 1–8 of api.md §3.1) with arbitrary Authorization headers,
// methods, paths and lengths. A Bearer header that parses must carry a well-formed token secret, the lookup is only
// asked for such secrets, and a request that passes every check has an allowed, normalised path.
#include "proxy/PathPolicy.h"
#include "proxy/ProxyCheck.h"

#include "shared/SecretFormat.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

using namespace wither::proxy;

void check(bool condition) {
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const auto authorization = input.ConsumeRandomLengthString(512);

    std::string secret;
    const auto denial = ProxyCheck::parseBearer(authorization, secret);
    if (!denial) {
        check(wither::isTokenSecret(secret));
    }
    std::string unused;
    check(ProxyCheck::parseBearer(std::nullopt, unused).has_value());

    static const PathPolicy paths({"/v1/"}, {"GET", "POST"});
    static const ProxyCheck checks(paths, 1 << 20);
    RequestFacts facts;
    facts.method = input.ConsumeRandomLengthString(16);
    facts.rawPath = input.ConsumeRandomLengthString(256);
    if (input.ConsumeBool()) {
        facts.contentLength = input.ConsumeIntegral<std::int64_t>();
    }
    if (input.ConsumeBool()) {
        facts.authorization = authorization;
    }
    const bool known = input.ConsumeBool();
    Credential credential;
    credential.tokenId = "t";
    credential.projectId = "p";
    credential.isActive = input.ConsumeBool();
    credential.projectActive = input.ConsumeBool();
    credential.expiresAt = wither::TimePoint(std::chrono::milliseconds(input.ConsumeIntegral<std::int64_t>() >> 4));
    if (input.ConsumeBool()) {
        credential.maxRequests = input.ConsumeIntegral<std::int64_t>();
    }
    credential.requestCount = input.ConsumeIntegral<std::int64_t>();
    const auto now = wither::TimePoint(std::chrono::milliseconds(input.ConsumeIntegral<std::int64_t>() >> 4));

    const auto outcome = checks.run(
        facts,
        [&](std::string_view asked) -> std::optional<Credential> {
            check(wither::isTokenSecret(asked));
            return known ? std::optional<Credential>(credential) : std::nullopt;
        },
        now);
    if (!outcome.denial) {
        check(outcome.credential.has_value());
        check(paths.isPathAllowed(outcome.normalizedPath));
        check(paths.isMethodAllowed(facts.method));
        check(!facts.contentLength || *facts.contentLength <= checks.maxBodyBytes());
    } else {
        check(!outcome.denial->message.empty());
    }
    return 0;
}
