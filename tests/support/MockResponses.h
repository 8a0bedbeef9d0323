#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

/// Bodies of the mock upstream: small, OpenAI-shaped and derived only from the request, so that tests can
/// predict them (apart from `created` and the id, which carry the clock and the request number).
namespace wither::testing::mock_responses {

/// Response bodies keep their keys in OpenAI's order (id first), which makes the demo's traffic easy to read.
using Body = nlohmann::ordered_json;

/// Which OpenAI endpoint a body belongs to.
enum class Endpoint { ChatCompletions, Completions };

/// Cuts `text` to at most `maxCodePoints` UTF-8 code points without splitting one.
std::string truncateUtf8(std::string_view text, std::size_t maxCodePoints);

/// "echo: " + the last user message (chat) or the prompt (completions), truncated.
std::string echoContent(const nlohmann::json& request, Endpoint endpoint);

/// The `model` of the request, or a fixed name when it sent none.
std::string modelOf(const nlohmann::json& request);

Body completion(const nlohmann::json& request, Endpoint endpoint, std::uint64_t id, std::int64_t created);

/// Every SSE event of a streamed answer, each `data: {...}\n\n`, the last one `data: [DONE]\n\n`.
std::vector<std::string> streamEvents(const nlohmann::json& request, Endpoint endpoint, std::uint64_t id,
                                      std::int64_t created, int chunks);

Body models(std::int64_t created);
Body model(std::string_view name, std::int64_t created);
Body embeddings(const nlohmann::json& request);
Body moderations(const nlohmann::json& request, std::uint64_t id);

/// `{"error": {"message", "type", "param": null, "code"}}` as OpenAI sends it.
Body error(std::string_view message, std::string_view type, std::string_view code);

/// Serialises without throwing on invalid UTF-8 (request headers and bodies can carry anything).
std::string dump(const nlohmann::json& value);
std::string dump(const Body& value);

} // namespace wither::testing::mock_responses
