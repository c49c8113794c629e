#include "catalog.hpp"

#include <openssl/evp.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

#include "chimera/core/json_writer.hpp"
#include "chimera/engine/engine.hpp"
#include "wire.hpp"

namespace chimera::serve::detail {
namespace {

std::string fmt_params(double v, const char* unit) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%s", v, unit);
  return buf;
}

// SHA-256 of a file in hex; nothing when it cannot be read or stop was set.
std::optional<std::string> sha256_file(const std::filesystem::path& p,
                                       const std::atomic<bool>& stop) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) return std::nullopt;
  std::vector<char> buf(1u << 20);
  while (in && !stop) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    if (in.gcount() > 0)
      EVP_DigestUpdate(ctx.get(), buf.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (stop) return std::nullopt;
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (EVP_DigestFinal_ex(ctx.get(), md, &n) != 1) return std::nullopt;
  std::string hex;
  char b[3];
  for (unsigned int i = 0; i < n; ++i) {
    std::snprintf(b, sizeof b, "%02x", md[i]);
    hex += b;
  }
  return hex;
}

}  // namespace

struct Digests::Impl {
  mutable std::mutex mu;
  std::map<std::filesystem::path, std::string> done;
  std::atomic<bool> stop{false};
  std::thread thread;
};

Digests::Digests(std::vector<std::filesystem::path> files) : impl_(std::make_unique<Impl>()) {
  impl_->thread = std::thread([this, files = std::move(files)] {
    for (const auto& f : files) {
      auto hex = sha256_file(f, impl_->stop);
      if (!hex) continue;
      std::lock_guard lock(impl_->mu);
      impl_->done[f] = *hex;
    }
  });
}

Digests::~Digests() {
  impl_->stop = true;
  impl_->thread.join();
}

std::optional<std::string> Digests::of(const std::filesystem::path& file) const {
  std::lock_guard lock(impl_->mu);
  const auto it = impl_->done.find(file);
  if (it == impl_->done.end()) return std::nullopt;
  return it->second;
}

namespace {

std::string read_details(const std::filesystem::path& p) {
  static const std::map<std::string, std::string> kFileTypes = {
      {"0", "F32"},     {"1", "F16"},     {"2", "Q4_0"},    {"3", "Q4_1"},    {"7", "Q8_0"},
      {"8", "Q5_0"},    {"9", "Q5_1"},    {"10", "Q2_K"},   {"11", "Q3_K_S"}, {"12", "Q3_K_M"},
      {"13", "Q3_K_L"}, {"14", "Q4_K_S"}, {"15", "Q4_K_M"}, {"16", "Q5_K_S"}, {"17", "Q5_K_M"},
      {"18", "Q6_K"},   {"30", "IQ4_XS"}, {"32", "BF16"}};
  std::string family = "unknown", params, quant;
  if (auto md = engine::read_metadata(p)) {
    for (const auto& [k, v] : md.value()) {
      if (k == "general.architecture") family = v;
      if (k == "general.size_label") params = v;
      if (k == "general.parameter_count" && params.empty()) {
        const double n = std::atof(v.c_str());
        params = n >= 1e9 ? fmt_params(n / 1e9, "B") : fmt_params(n / 1e6, "M");
      }
      if (k == "general.file_type") {
        const auto it = kFileTypes.find(v);
        if (it != kFileTypes.end()) quant = it->second;
      }
    }
  }
  std::string s = "\"details\":{\"format\":\"gguf\",\"family\":";
  JsonWriter::append_string(s, family);
  s += ",\"families\":[";
  JsonWriter::append_string(s, family);
  s += "]";
  if (!params.empty()) {
    s += ",\"parameter_size\":";
    JsonWriter::append_string(s, params);
  }
  if (!quant.empty()) {
    s += ",\"quantization_level\":";
    JsonWriter::append_string(s, quant);
  }
  return s + "}";
}

}  // namespace

// Read once per file version: /api/tags and /api/ps are polled, and a large model's metadata
// (its vocabulary arrays) takes milliseconds to walk.
std::string details_json(const std::filesystem::path& p) {
  static std::mutex mu;
  static std::map<std::filesystem::path, std::pair<std::filesystem::file_time_type, std::string>>
      cache;
  std::error_code ec;
  const auto mtime = std::filesystem::last_write_time(p, ec);
  std::lock_guard lock(mu);
  auto it = cache.find(p);
  if (it == cache.end() || it->second.first != mtime)
    it = cache.insert_or_assign(p, std::make_pair(mtime, read_details(p))).first;
  return it->second.second;
}

std::string tags_json(const std::map<std::string, std::string>& names, const Digests& digests) {
  std::string s = "{\"models\":[";
  bool first = true;
  for (const auto& [name, target] : names) {
    auto p = engine::resolve_model(target);
    if (!p) continue;
    std::error_code ec;
    const auto size = std::filesystem::file_size(p.value(), ec);
    s += first ? "" : ",";
    first = false;
    s += "{\"name\":";
    JsonWriter::append_string(s, name);
    s += ",\"model\":";
    JsonWriter::append_string(s, name);
    s += ",\"size\":" + std::to_string(ec ? 0 : size);
    if (const auto d = digests.of(p.value())) s += ",\"digest\":\"" + *d + "\"";
    const auto mtime = std::filesystem::last_write_time(p.value(), ec);
    if (!ec) s += ",\"modified_at\":\"" + rfc3339(std::chrono::file_clock::to_sys(mtime)) + "\"";
    s += "," + details_json(p.value()) + "}";
  }
  return s + "]}";
}

std::string models_json(const std::map<std::string, std::string>& names, std::int64_t created) {
  std::string s = "{\"object\":\"list\",\"data\":[";
  bool first = true;
  for (const auto& [name, target] : names) {
    s += first ? "" : ",";
    first = false;
    s += "{\"id\":";
    JsonWriter::append_string(s, name);
    s += ",\"object\":\"model\",\"created\":" + std::to_string(created) +
         ",\"owned_by\":\"chimera\"}";
  }
  return s + "]}";
}

Result<std::string> show_json(const std::filesystem::path& p) {
  auto md = engine::read_metadata(p);
  if (!md) return md.error();
  std::string info = "{";
  for (const auto& [k, v] : md.value()) {
    if (k.starts_with("tokenizer.")) continue;
    if (info.size() > 1) info += ',';
    JsonWriter::append_string(info, k);
    info += ':';
    const bool number = !v.empty() && v.find_first_not_of("0123456789.-e") == std::string::npos;
    if (number) {
      info += v;
    } else {
      JsonWriter::append_string(info, v);
    }
  }
  return "{" + details_json(p) + ",\"model_info\":" + info + "},\"capabilities\":[\"completion\"]}";
}

}  // namespace chimera::serve::detail
