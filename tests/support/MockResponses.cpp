#include "tests/support/MockResponses.h"

#include <algorithm>
#include <array>

namespace wither::testing::mock_responses {

namespace {

constexpr std::size_t kMaxEchoCodePoints = 200;
constexpr std::string_view kDefaultModel = "mock-model";
constexpr std::array<std::string_view, 5> kModels = {"gpt-4o-mini", "gpt-4o", "text-embedding-3-small",
                                                     "omni-moderation-latest", kDefaultModel};

bool isContinuationByte(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

/// Text of a message `content`, which is either a string or a list of typed parts.
std::string textOf(const nlohmann::json& content) {
    if (content.is_string()) {
        return content.get<std::string>();
    }
    std::string text;
    if (content.is_array()) {
        for (const auto& part : content) {
            if (part.is_object() && part.contains("text") && part["text"].is_string()) {
                text += part["text"].get<std::string>();
            }
        }
    }
    return text;
}

/// Inputs of an embeddings or moderations request: one string, a list of strings, or token lists.
std::vector<std::string> inputsOf(const nlohmann::json& request) {
    std::vector<std::string> inputs;
    const auto input = request.contains("input") ? request["input"] : nlohmann::json();
    if (input.is_array() && !input.empty() && !input[0].is_number()) {
        for (const auto& item : input) {
            inputs.push_back(item.is_string() ? item.get<std::string>() : item.dump());
        }
    } else if (input.is_string()) {
        inputs.push_back(input.get<std::string>());
    } else {
        inputs.push_back(input.dump());
    }
    return inputs;
}

/// Roughly what a tokenizer would count: enough for usage fields that add up, not for billing.
int promptTokens(const nlohmann::json& request) {
    return std::max(static_cast<int>(dump(request).size() / 4), 1);
}

int estimateTokens(std::string_view text) {
    int words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !inWord) {
            ++words;
        }
        inWord = !space;
    }
    return std::max(words, 1);
}

std::uint64_t fnv1a(std::string_view text, std::uint64_t seed) {
    std::uint64_t hash = 14695981039346656037ULL ^ seed;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

/// Splits `content` into `parts` pieces of about equal length, on code point boundaries.
std::vector<std::string> split(const std::string& content, int parts) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < content.size(); ++i) {
        if (!isContinuationByte(static_cast<unsigned char>(content[i]))) {
            starts.push_back(i);
        }
    }
    std::vector<std::string> pieces;
    const auto count = starts.size();
    for (int part = 0; part < parts; ++part) {
        const auto from = count * static_cast<std::size_t>(part) / static_cast<std::size_t>(parts);
        const auto to = count * static_cast<std::size_t>(part + 1) / static_cast<std::size_t>(parts);
        const auto begin = from < count ? starts[from] : content.size();
        const auto end = to < count ? starts[to] : content.size();
        pieces.push_back(content.substr(begin, end - begin));
    }
    return pieces;
}

Body usage(int prompt, int completion) {
    return {{"prompt_tokens", prompt}, {"completion_tokens", completion}, {"total_tokens", prompt + completion}};
}

std::string idFor(Endpoint endpoint, std::uint64_t id) {
    return (endpoint == Endpoint::ChatCompletions ? "chatcmpl-mock-" : "cmpl-mock-") + std::to_string(id);
}

} // namespace

std::string truncateUtf8(std::string_view text, std::size_t maxCodePoints) {
    std::size_t codePoints = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isContinuationByte(static_cast<unsigned char>(text[i]))) {
            if (codePoints == maxCodePoints) {
                return std::string(text.substr(0, i));
            }
            ++codePoints;
        }
    }
    return std::string(text);
}

std::string echoContent(const nlohmann::json& request, Endpoint endpoint) {
    std::string text;
    if (endpoint == Endpoint::ChatCompletions) {
        if (request.contains("messages") && request["messages"].is_array()) {
            for (const auto& message : request["messages"]) {
                if (message.is_object() && message.value("role", "") == "user" && message.contains("content")) {
                    text = textOf(message["content"]);
                }
            }
        }
    } else if (request.contains("prompt")) {
        const auto& prompt = request["prompt"];
        text = prompt.is_array() && !prompt.empty() ? textOf(prompt[0]) : textOf(prompt);
    }
    return "echo: " + truncateUtf8(text, kMaxEchoCodePoints);
}

std::string modelOf(const nlohmann::json& request) {
    if (request.is_object() && request.contains("model") && request["model"].is_string()) {
        return request["model"].get<std::string>();
    }
    return std::string(kDefaultModel);
}

Body completion(const nlohmann::json& request, Endpoint endpoint, std::uint64_t id, std::int64_t created) {
    const auto content = echoContent(request, endpoint);
    const auto prompt = promptTokens(request);
    Body choice;
    if (endpoint == Endpoint::ChatCompletions) {
        choice = {{"index", 0},
                  {"message", {{"role", "assistant"}, {"content", content}, {"refusal", nullptr}}},
                  {"logprobs", nullptr},
                  {"finish_reason", "stop"}};
    } else {
        choice = {{"index", 0}, {"text", content}, {"logprobs", nullptr}, {"finish_reason", "stop"}};
    }
    return {
        {"id", idFor(endpoint, id)},
        {"object", endpoint == Endpoint::ChatCompletions ? "chat.completion" : "text_completion"},
        {"created", created},
        {"model", modelOf(request)},
        {"system_fingerprint", "fp_mock"},
        {"choices", Body::array({choice})},
        {"usage", usage(prompt, estimateTokens(content))},
    };
}

std::vector<std::string> streamEvents(const nlohmann::json& request, Endpoint endpoint, std::uint64_t id,
                                      std::int64_t created, int chunks) {
    const auto content = echoContent(request, endpoint);
    const auto pieces = split(content, std::max(chunks, 1));
    const auto model = modelOf(request);
    const bool chat = endpoint == Endpoint::ChatCompletions;
    Body chunk = {
        {"id", idFor(endpoint, id)},
        {"object", chat ? "chat.completion.chunk" : "text_completion"},
        {"created", created},
        {"model", model},
        {"system_fingerprint", "fp_mock"},
    };
    std::vector<std::string> events;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const bool last = i + 1 == pieces.size();
        Body choice = {{"index", 0}};
        if (chat) {
            choice["delta"] =
                i == 0 ? Body{{"role", "assistant"}, {"content", pieces[i]}} : Body{{"content", pieces[i]}};
        } else {
            choice["text"] = pieces[i];
        }
        choice["logprobs"] = nullptr;
        choice["finish_reason"] = last ? Body("stop") : Body(nullptr);
        chunk["choices"] = Body::array({choice});
        events.push_back("data: " + dump(chunk) + "\n\n");
    }
    const auto options = request.contains("stream_options") ? request["stream_options"] : nlohmann::json();
    if (options.is_object() && options.value("include_usage", false)) {
        chunk["choices"] = Body::array();
        chunk["usage"] = usage(promptTokens(request), estimateTokens(content));
        events.push_back("data: " + dump(chunk) + "\n\n");
    }
    events.emplace_back("data: [DONE]\n\n");
    return events;
}

Body models(std::int64_t created) {
    auto data = Body::array();
    for (const auto name : kModels) {
        data.push_back(model(name, created));
    }
    return {{"object", "list"}, {"data", std::move(data)}};
}

Body model(std::string_view name, std::int64_t created) {
    return {{"id", name}, {"object", "model"}, {"created", created}, {"owned_by", "wither-mock"}};
}

Body embeddings(const nlohmann::json& request) {
    int dimensions = 8;
    if (request.contains("dimensions") && request["dimensions"].is_number_integer()) {
        dimensions = std::clamp(request["dimensions"].get<int>(), 1, 4096);
    }
    auto data = Body::array();
    int tokens = 0;
    const auto inputs = inputsOf(request);
    for (std::size_t index = 0; index < inputs.size(); ++index) {
        auto vector = Body::array();
        for (int d = 0; d < dimensions; ++d) {
            const auto hash = fnv1a(inputs[index], static_cast<std::uint64_t>(d));
            // Six decimals keep the body small and the values exactly reproducible in any client.
            vector.push_back(static_cast<double>(static_cast<std::int64_t>(hash % 2000001) - 1000000) / 1e6);
        }
        data.push_back({{"object", "embedding"}, {"index", index}, {"embedding", std::move(vector)}});
        tokens += estimateTokens(inputs[index]);
    }
    return {{"object", "list"},
            {"data", std::move(data)},
            {"model", modelOf(request)},
            {"usage", {{"prompt_tokens", tokens}, {"total_tokens", tokens}}}};
}

Body moderations(const nlohmann::json& request, std::uint64_t id) {
    static constexpr std::array<std::string_view, 5> kCategories = {"harassment", "hate", "self-harm", "sexual",
                                                                    "violence"};
    auto results = Body::array();
    for (std::size_t i = 0; i < inputsOf(request).size(); ++i) {
        Body categories = Body::object();
        Body scores = Body::object();
        for (const auto category : kCategories) {
            categories[std::string(category)] = false;
            scores[std::string(category)] = 0.0001;
        }
        results.push_back({{"flagged", false}, {"categories", categories}, {"category_scores", scores}});
    }
    return {{"id", "modr-mock-" + std::to_string(id)},
            {"model", request.is_object() && request.contains("model") ? modelOf(request) : "omni-moderation-latest"},
            {"results", std::move(results)}};
}

Body error(std::string_view message, std::string_view type, std::string_view code) {
    return {{"error", {{"message", message}, {"type", type}, {"param", nullptr}, {"code", code}}}};
}

std::string dump(const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string dump(const Body& value) {
    return value.dump(-1, ' ', false, Body::error_handler_t::replace);
}

} // namespace wither::testing::mock_responses
