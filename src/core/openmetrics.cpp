#include "chimera/core/openmetrics.hpp"

#include <cctype>
#include <charconv>
#include <cmath>

namespace chimera::openmetrics {

std::string escape_label(std::string_view v) {
  std::string s;
  s.reserve(v.size());
  for (const char c : v) {
    if (c == '\\') {
      s += "\\\\";
    } else if (c == '"') {
      s += "\\\"";
    } else if (c == '\n') {
      s += "\\n";
    } else {
      s += c;
    }
  }
  return s;
}

std::string sanitize(std::string_view name) {
  std::string s;
  for (const char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
      s += c;
    } else if (!s.empty() && s.back() != '_') {
      s += '_';
    }
  }
  while (!s.empty() && s.back() == '_') s.pop_back();
  if (!s.empty() && std::isdigit(static_cast<unsigned char>(s.front()))) s.insert(0, "_");
  return s;
}

BaseUnit base_unit(std::string_view unit) {
  if (unit == "ms") return {"seconds", 0.001};
  if (unit == "s") return {"seconds", 1};
  if (unit == "us") return {"seconds", 1e-6};
  if (unit == "tok/s") return {"tokens_per_second", 1};
  if (unit == "req/s") return {"requests_per_second", 1};
  if (unit == "%") return {"ratio", 0.01};
  if (unit == "fraction") return {"ratio", 1};
  if (unit == "tokens") return {"tokens", 1};
  if (unit == "bytes") return {"bytes", 1};
  if (unit == "W") return {"watts", 1};
  if (unit == "J") return {"joules", 1};
  if (unit == "C") return {"celsius", 1};
  return {"", 1};  // counts, "x", unitless
}

namespace {
// The shortest text that reads back as exactly v.
std::string number(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}
}  // namespace

void Exposition::gauge(const std::string& name, const std::string& help) {
  families_.try_emplace(name, Family{help, {}});
}

void Exposition::sample(const std::string& family, const Labels& labels, double value) {
  const auto f = families_.find(family);
  if (f == families_.end() || !std::isfinite(value)) return;
  std::string l;
  for (const auto& [k, v] : labels) {
    l += l.empty() ? "{" : ",";
    l += k + "=\"" + escape_label(v) + "\"";
  }
  if (!l.empty()) l += "}";
  f->second.samples[l] = value;
}

std::string Exposition::text() const {
  std::string out;
  for (const auto& [name, f] : families_) {
    if (f.samples.empty()) continue;
    std::string help;  // escaped as both formats require: backslash and line feed
    for (const char c : f.help)
      help += c == '\n' ? std::string(" ") : c == '\\' ? "\\\\" : std::string(1, c);
    out += "# HELP " + name + " " + help + "\n# TYPE " + name + " gauge\n";
    for (const auto& [labels, v] : f.samples) out += name + labels + " " + number(v) + "\n";
  }
  return out + "# EOF\n";
}

}  // namespace chimera::openmetrics
