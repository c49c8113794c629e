#include "chimera/core/json_fields.hpp"

#include <cmath>

namespace chimera::json {
namespace {

class Flatten final : public JsonVisitor {
 public:
  Flatten(std::vector<Field>& out, std::size_t& used) : out_(out), used_(used) {}
  void begin_object() override { push(false); }
  void begin_array() override { push(true); }
  void end_object() override { pop(); }
  void end_array() override { pop(); }
  void key(std::string_view k) override { key_.assign(k); }
  void scalar(JsonScalar kind, std::string_view text, double number, std::size_t) override {
    const std::size_t len = enter();
    if (used_ == out_.size()) out_.emplace_back();
    Field& f = out_[used_++];
    f.path.assign(path_);
    f.kind = kind;
    f.text.assign(text);
    f.number = number;
    path_.resize(len);
  }

 private:
  struct Level {
    bool array;
    std::size_t index;
    std::size_t len;
  };
  std::size_t enter() {
    const std::size_t len = path_.size();
    if (stack_.empty()) return len;
    Level& l = stack_.back();
    if (l.array) {
      path_ += '[';
      path_ += std::to_string(l.index++);
      path_ += ']';
    } else {
      if (!path_.empty()) path_ += '.';
      path_ += key_;
    }
    return len;
  }
  void push(bool array) {
    const std::size_t len = enter();
    stack_.push_back({array, 0, len});
  }
  void pop() {
    path_.resize(stack_.back().len);
    stack_.pop_back();
  }
  std::vector<Field>& out_;
  std::size_t& used_;
  std::vector<Level> stack_;
  std::string path_, key_;
};

constexpr std::size_t kIndexFrom = 32;  // fields; a stream chunk has fewer

}  // namespace

std::optional<JsonError> Fields::parse(std::string_view text) {
  used_ = 0;
  Flatten f(fields_, used_);
  auto err = read_json(text, f);
  if (err) used_ = 0;
  index_.clear();
  if (used_ > kIndexFrom) {
    for (std::size_t i = 0; i < used_; ++i) index_.emplace(fields_[i].path, i);
  }
  return err;
}

const Field* Fields::find(std::string_view path) const {
  if (used_ > kIndexFrom) {
    const auto it = index_.find(path);
    return it == index_.end() ? nullptr : &fields_[it->second];
  }
  for (const auto& f : all()) {
    if (f.path == path) return &f;
  }
  return nullptr;
}

std::optional<std::string_view> Fields::string(std::string_view path) const {
  const Field* f = find(path);
  if (!f || f->kind != JsonScalar::string) return std::nullopt;
  return std::string_view(f->text);
}

std::optional<double> Fields::number(std::string_view path) const {
  const Field* f = find(path);
  if (!f || f->kind != JsonScalar::number || !std::isfinite(f->number)) return std::nullopt;
  return f->number;
}

std::optional<bool> Fields::boolean(std::string_view path) const {
  const Field* f = find(path);
  if (!f || f->kind != JsonScalar::boolean) return std::nullopt;
  return f->text == "true";
}

bool Fields::has_prefix(std::string_view prefix) const {
  for (const auto& f : all()) {
    if (f.path.size() >= prefix.size() &&
        std::string_view(f.path).substr(0, prefix.size()) == prefix)
      return true;
  }
  return false;
}

}  // namespace chimera::json
