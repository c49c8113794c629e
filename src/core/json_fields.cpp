#include "chimera/core/json_fields.hpp"

#include <cmath>

namespace chimera::json {
namespace {

class Flatten final : public JsonVisitor {
 public:
  explicit Flatten(std::vector<Field>& out) : out_(out) {}
  void begin_object() override { push(false); }
  void begin_array() override { push(true); }
  void end_object() override { pop(); }
  void end_array() override { pop(); }
  void key(std::string_view k) override { key_.assign(k); }
  void scalar(JsonScalar kind, std::string_view text, double number, std::size_t) override {
    const std::size_t len = enter();
    out_.push_back(Field{path_, kind, std::string(text), number});
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
      path_ += '[' + std::to_string(l.index++) + ']';
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
  std::vector<Level> stack_;
  std::string path_, key_;
};

}  // namespace

std::optional<JsonError> Fields::parse(std::string_view text) {
  fields_.clear();
  Flatten f(fields_);
  auto err = read_json(text, f);
  if (err) fields_.clear();
  return err;
}

const Field* Fields::find(std::string_view path) const {
  for (const auto& f : fields_) {
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
  for (const auto& f : fields_) {
    if (f.path.size() >= prefix.size() &&
        std::string_view(f.path).substr(0, prefix.size()) == prefix)
      return true;
  }
  return false;
}

}  // namespace chimera::json
