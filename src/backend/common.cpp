#include <map>

#include "chimera/backend/backend.hpp"
#include "chimera/core/json_fields.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/text.hpp"

namespace chimera::backend {

std::unique_ptr<Backend> make_ollama(BackendConfig c);
std::unique_ptr<Backend> make_openai(BackendConfig c);
#ifdef CHIMERA_HAVE_LLAMA
std::unique_ptr<Backend> make_embedded(BackendConfig c);
#endif

namespace {
const std::map<std::string, BackendFactory, std::less<>>& registry() {
  static const std::map<std::string, BackendFactory, std::less<>> kRegistry = {
      {"ollama", &make_ollama},
      {"openai", &make_openai},
#ifdef CHIMERA_HAVE_LLAMA
      {"embedded", &make_embedded},
#endif
  };
  return kRegistry;
}

// Splits "a=1,b=[1,2],c=x" on commas outside brackets and quotes.
std::vector<std::string_view> split_pairs(std::string_view s) {
  std::vector<std::string_view> out;
  int depth = 0;
  bool quoted = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"' && (i == 0 || s[i - 1] != '\\')) quoted = !quoted;
    if (quoted) continue;
    if (c == '[' || c == '{') ++depth;
    if (c == ']' || c == '}') --depth;
    if (c == ',' && depth == 0) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(s.substr(start));
  return out;
}

bool is_json(std::string_view v) {
  json::NullVisitor n;
  return !json::read_json(v, n);
}

// The keys of a JSON object's first level.
class TopLevelKeys final : public json::JsonVisitor {
 public:
  std::vector<std::string> names;
  void begin_object() override { ++depth_; }
  void end_object() override { --depth_; }
  void begin_array() override { ++depth_; }
  void end_array() override { --depth_; }
  void key(std::string_view k) override {
    if (depth_ == 1) names.emplace_back(k);
  }
  void scalar(json::JsonScalar, std::string_view, double, std::size_t) override {}

 private:
  int depth_ = 0;
};
}  // namespace

std::vector<std::string> option_names_in(std::string_view spec) {
  std::vector<std::string> out;
  const auto t = text::trim(spec);
  if (t.empty()) return out;
  if (t.front() == '{') {
    TopLevelKeys keys;
    if (!json::read_json(t, keys)) out = std::move(keys.names);
    return out;
  }
  for (const auto pair : split_pairs(t)) {
    const auto eq = pair.find('=');
    const auto name = text::trim(pair.substr(0, eq));
    if (eq != std::string_view::npos && !name.empty()) out.emplace_back(name);
  }
  return out;
}

std::string default_url(std::string_view kind) {
  if (kind == "embedded") return "in-process";
  return kind == "openai" ? "http://127.0.0.1:8000" : "http://127.0.0.1:11434";
}

std::string base_url(std::string_view kind, std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  // The API's own prefix, as SDKs and docs write base URLs (http://host:8000/v1): the backend
  // adds it to every path, so a URL that ends in it would double it (/v1/v1/chat/completions).
  const std::string_view prefix = kind == "openai" ? "/v1" : kind == "ollama" ? "/api" : "";
  if (!prefix.empty() && url.size() > prefix.size() &&
      std::string_view(url).substr(url.size() - prefix.size()) == prefix)
    url.resize(url.size() - prefix.size());
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

Result<std::unique_ptr<Backend>> make_backend(std::string_view kind, BackendConfig config) {
  const auto it = registry().find(kind);
  if (it == registry().end()) {
    std::string known;
    for (const auto& k : backend_kinds()) known += (known.empty() ? "" : ", ") + k;
    return Error{ErrorCode::usage, "unknown backend '" + std::string(kind) + "'",
                 "use --backend with one of: " + known};
  }
  config.url = base_url(kind, config.url);
  return it->second(std::move(config));
}

std::vector<std::string> backend_kinds() {
  std::vector<std::string> out;
  for (const auto& [k, _] : registry()) out.push_back(k);
  return out;
}

Result<std::string> options_to_json(std::string_view spec) {
  spec = text::trim(spec);
  if (spec.empty()) return std::string();
  if (spec.front() == '{') {
    json::Fields f;
    if (auto err = f.parse(spec)) {
      return Error{ErrorCode::usage, "--options is not valid JSON: " + err->describe(),
                   "write k=v,k2=v2 or a JSON object such as {\"num_ctx\": 2048}"};
    }
    return std::string(spec);
  }
  std::string out = "{";
  for (const auto pair : split_pairs(spec)) {
    const auto eq = pair.find('=');
    const auto key = text::trim(pair.substr(0, eq));
    if (eq == std::string_view::npos || key.empty()) {
      return Error{ErrorCode::usage, "--options entry '" + std::string(pair) + "' is not key=value",
                   "write k=v,k2=v2, e.g. num_ctx=2048,temperature=0.8"};
    }
    const auto value = text::trim(pair.substr(eq + 1));
    if (auto st = check_option_value(key, value, "--options"); !st) return st.error();
    if (out.size() > 1) out += ',';
    JsonWriter::append_string(out, key);
    out += ':';
    if (is_json(value)) {
      out.append(value);
    } else {
      JsonWriter::append_string(out, value);
    }
  }
  return out + "}";
}

std::string begin_body(const GenerateRequest& r) {
  std::string b = "{\"model\":";
  JsonWriter::append_string(b, r.model);
  if (!r.chat) return b;
  b += ",\"messages\":[";
  if (!r.system.empty()) {
    b += "{\"role\":\"system\",\"content\":";
    JsonWriter::append_string(b, r.system);
    b += "},";
  }
  b += "{\"role\":\"user\",\"content\":";
  JsonWriter::append_string(b, r.prompt);
  return b + "}]";
}

std::string server_message(std::string_view body) {
  json::Fields f;
  if (!f.parse(body)) {
    if (auto m = f.string("error")) return std::string(*m);
    if (auto m = f.string("error.message")) return std::string(*m);
    if (auto m = f.string("message")) return std::string(*m);
  }
  std::string s(text::trim(body));
  if (s.size() > 300) s = s.substr(0, 300) + "...";
  return text::printable(s);
}

}  // namespace chimera::backend

namespace chimera::backend {

transport::Response query(transport::HttpClient& http, const BackendConfig& c,
                          const std::string& path, const std::string& body) {
  transport::HttpRequest q;
  q.method = body.empty() ? "GET" : "POST";
  q.url = c.url + path;
  q.body = body;
  q.timeouts = c.timeouts;
  q.timeouts.first_byte_ms = std::min(q.timeouts.first_byte_ms, 10'000);
  if (!c.api_key.empty()) q.headers.push_back("Authorization: Bearer " + c.api_key);
  return http.fetch(q);
}

std::optional<Error> unreachable(const transport::Response& r, const std::string& url,
                                 std::string_view start_hint) {
  if (r.result.error == transport::ErrorKind::none) return std::nullopt;
  return Error{ErrorCode::input, "cannot reach the server at " + url + ": " + r.result.message,
               std::string(start_hint) + ", or point --url at it"};
}

}  // namespace chimera::backend
