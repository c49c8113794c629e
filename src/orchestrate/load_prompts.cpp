#include <fstream>

#include "chimera/core/json_reader.hpp"
#include "chimera/orchestrate/load_run.hpp"

namespace chimera::orchestrate {
namespace {

class PromptLine final : public json::JsonVisitor {
 public:
  PromptItem item;
  void begin_object() override { ++depth_; }
  void end_object() override { --depth_; }
  void begin_array() override { ++depth_; }
  void end_array() override { --depth_; }
  void key(std::string_view k) override { key_ = k; }
  void scalar(json::JsonScalar kind, std::string_view text, double, std::size_t) override {
    if (kind != json::JsonScalar::string) return;
    if (depth_ == 0) item.prompt = text;
    if (depth_ == 1 && key_ == "prompt") item.prompt = text;
    if (depth_ == 1 && key_ == "system") item.system = text;
  }

 private:
  int depth_ = 0;
  std::string key_;
};

}  // namespace

Result<std::vector<PromptItem>> read_prompts(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Error{ErrorCode::usage, "cannot read --prompts '" + path + "'",
                 "give a JSON Lines file: {\"prompt\": \"...\"} per line"};
  std::vector<PromptItem> out;
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    PromptLine v;
    if (auto e = json::read_json(line, v))
      return Error{ErrorCode::usage, path + ": line " + std::to_string(n) + ": " + e->describe(),
                   "each line must be a JSON object with a \"prompt\" string"};
    if (v.item.prompt.empty())
      return Error{ErrorCode::usage, path + ": line " + std::to_string(n) + " has no \"prompt\"",
                   "each line must be a JSON object with a \"prompt\" string"};
    out.push_back(std::move(v.item));
  }
  if (out.empty()) return Error{ErrorCode::usage, "--prompts '" + path + "' holds no prompt", ""};
  return out;
}

std::string synthetic_prompt(std::size_t tokens, std::size_t index) {
  static const char* const kWords[] = {
      "time",  "person",  "year",  "way",   "day",   "thing", "man",   "world", "life",  "hand",
      "part",  "child",   "eye",   "woman", "place", "work",  "week",  "case",  "point", "number",
      "group", "problem", "fact",  "house", "water", "money", "month", "night", "river", "story",
      "light", "table",   "music", "field", "paper", "power", "space", "stone", "voice", "window"};
  std::string s = "Request " + std::to_string(index) + ". Summarise these words:";
  std::uint64_t x = 0x9e3779b97f4a7c15ULL * (index + 1);
  for (std::size_t i = 0; i < tokens; ++i) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    s += ' ';
    s += kWords[x % (sizeof kWords / sizeof kWords[0])];
  }
  return s;
}

}  // namespace chimera::orchestrate
