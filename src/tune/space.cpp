#include "chimera/tune/space.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <set>
#include <sstream>

#include "chimera/core/json_reader.hpp"
#include "chimera/core/json_writer.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"

namespace chimera::tune {
namespace {

const char* const kSyntax =
    "write NAME=a,b,c (a list), NAME=lo-hi+step or NAME=lo-hi*factor (a range), e.g. "
    "num_ctx=512,1024,2048, num_gpu=60-120+20, num_batch=64-1024*2, model=llama3:8b,qwen2:7b";

Error bad(std::string_view text, const std::string& why) {
  return Error{ErrorCode::usage, "--param '" + std::string(text) + "': " + why, kSyntax};
}

// A plain decimal number ("512", "-0.5", "1e3"); nothing else.
std::optional<double> number(std::string_view s) {
  s = text::trim(s);
  if (s.empty()) return std::nullopt;
  double v = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

bool integral(double v) {
  return std::fabs(v) < 1e15 && v == std::floor(v);
}

std::size_t decimals(std::string_view s) {
  const auto dot = s.find('.');
  if (dot == std::string_view::npos) return 0;
  std::size_t n = 0;
  for (std::size_t i = dot + 1; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) ++n;
  return n;
}

double round_to(double v, std::size_t d) {
  const double f = std::pow(10.0, static_cast<double>(d));
  // Beyond 2^53 a double has no fraction to round (and v * f could overflow to infinity, making
  // distinct values equal): as it is.
  if (!std::isfinite(v * f) || std::fabs(v) >= 9007199254740992.0) return v;
  return std::round(v * f) / f;
}

// lo-hi+step or lo-hi*factor; nullopt when the text is not a range.
Result<std::optional<std::vector<double>>> range(std::string_view text, std::string_view spec) {
  const auto op = spec.find_first_of("+*", 1);
  if (op == std::string_view::npos) return std::optional<std::vector<double>>{};
  const auto dash = spec.find('-', 1);
  if (dash == std::string_view::npos || dash > op) return std::optional<std::vector<double>>{};
  const auto lo = number(spec.substr(0, dash)), hi = number(spec.substr(dash + 1, op - dash - 1)),
             st = number(spec.substr(op + 1));
  if (!lo || !hi || !st) return std::optional<std::vector<double>>{};
  if (*hi < *lo) return bad(text, "the range ends below its start");
  const std::size_t d =
      std::max({decimals(spec.substr(0, dash)), decimals(spec.substr(dash + 1, op - dash - 1)),
                decimals(spec.substr(op + 1))});
  std::vector<double> v;
  if (spec[op] == '+') {
    if (*st <= 0) return bad(text, "the step must be positive");
    for (std::size_t i = 0;; ++i) {
      const double x = round_to(*lo + static_cast<double>(i) * *st, d);
      if (x > *hi + 1e-9 * std::max(1.0, std::fabs(*hi))) break;
      v.push_back(x);
      if (v.size() > 100000) return bad(text, "more than 100,000 values");
    }
  } else {
    if (*st <= 1 || *lo <= 0) return bad(text, "a factor range needs a start > 0 and factor > 1");
    for (int i = 0;; ++i) {  // an integer counter: no accumulated rounding
      const double x = *lo * std::pow(*st, i);
      if (x > *hi * (1 + 1e-12)) break;
      v.push_back(round_to(x, d + 6));
      if (v.size() > 100000) return bad(text, "more than 100,000 values");
    }
  }
  return std::optional<std::vector<double>>{std::move(v)};
}

}  // namespace

bool is_load_time(std::string_view o) {
  static const std::set<std::string_view> k = {
      "model",      "num_ctx",   "num_gpu",  "num_batch", "num_thread", "main_gpu",
      "use_mmap",   "use_mlock", "low_vram", "f16_kv",    "numa",       "num_keep",
      "flash_attn", "n_ctx",     "n_batch",  "n_ubatch",  "threads"};
  return k.count(o) > 0;
}

Result<Dimension> parse_dimension(std::string_view text) {
  const auto eq = text.find('=');
  if (eq == std::string_view::npos) return bad(text, "no '='");
  Dimension d;
  d.name = std::string(text::trim(text.substr(0, eq)));
  const std::string_view spec = text::trim(text.substr(eq + 1));
  if (d.name.empty()) return bad(text, "no name before '='");
  if (spec.empty()) return bad(text, "no values after '='");
  d.load_time = is_load_time(d.name);
  if (d.name != "model") {
    auto r = range(text, spec);
    if (!r) return r.error();
    if (r.value()) {
      d.numeric = std::move(*r.value());
      const bool ints = std::all_of(d.numeric.begin(), d.numeric.end(), integral);
      d.kind = ints ? DimKind::integer : DimKind::real;
      for (const double x : d.numeric) d.values.push_back(numeric::format_double(x));
      return d;
    }
  }
  std::vector<std::string> items;
  for (std::size_t start = 0;;) {
    const auto comma = spec.find(',', start);
    const std::string_view item =
        text::trim(spec.substr(start, comma == std::string_view::npos ? spec.npos : comma - start));
    if (item.empty()) return bad(text, "an empty value in the list");
    items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  std::set<std::string> seen;
  for (const auto& i : items) {
    if (!seen.insert(i).second) return bad(text, "the value '" + i + "' is listed twice");
  }
  bool all_numbers = d.name != "model";
  for (const auto& i : items) all_numbers = all_numbers && number(i).has_value();
  if (all_numbers) {
    for (const auto& i : items) d.numeric.push_back(*number(i));
    const bool ints = std::all_of(d.numeric.begin(), d.numeric.end(), integral);
    d.kind = ints ? DimKind::integer : DimKind::real;
    for (const double x : d.numeric) d.values.push_back(numeric::format_double(x));
  } else {
    d.kind = DimKind::categorical;
    for (const auto& i : items) {
      if (i == "true" || i == "false") {
        d.values.push_back(i);
      } else {
        std::string q;
        JsonWriter::append_string(q, i);
        d.values.push_back(q);
      }
    }
  }
  // Two spellings of one number ("48" and "048", "1" and "1.0") are the same value.
  std::set<std::string> normalised;
  for (const auto& v : d.values) {
    if (!normalised.insert(v).second)
      return bad(text, "the value " + v + " is listed twice (in two spellings)");
  }
  return d;
}

Result<Space> make_space(const std::vector<std::string>& params) {
  if (params.empty())
    return Error{ErrorCode::usage, "no dimensions to sweep",
                 std::string("give at least one --param (or --space FILE); ") + kSyntax};
  std::vector<Dimension> model, load, rest;
  std::set<std::string> names;
  for (const auto& p : params) {
    auto d = parse_dimension(p);
    if (!d) return d.error();
    if (!names.insert(d.value().name).second)
      return bad(p, "'" + d.value().name + "' is swept twice: give each dimension once");
    auto& group = d.value().name == "model" ? model : d.value().load_time ? load : rest;
    group.push_back(std::move(d.value()));
  }
  Space s;
  for (auto* g : {&model, &load, &rest}) {
    for (auto& d : *g) s.dims.push_back(std::move(d));
  }
  return s;
}

std::size_t Space::grid_size() const {
  std::size_t n = 1;
  for (const auto& d : dims) {
    if (d.values.empty()) return 0;
    if (n > std::numeric_limits<std::size_t>::max() / d.values.size())
      return std::numeric_limits<std::size_t>::max();
    n *= d.values.size();
  }
  return n;
}

std::string Space::options_json(const Point& p) const {
  std::vector<std::pair<std::string, std::string>> kv;
  for (std::size_t i = 0; i < dims.size(); ++i) {
    if (dims[i].name != "model") kv.emplace_back(dims[i].name, dims[i].values.at(p.at(i)));
  }
  std::sort(kv.begin(), kv.end());
  std::string out = "{";
  for (const auto& [k, v] : kv) {
    if (out.size() > 1) out += ",";
    JsonWriter::append_string(out, k);
    out += ":" + v;
  }
  return out + "}";
}

std::vector<std::string> Space::models(const std::string& fallback) const {
  for (std::size_t d = 0; d < dims.size(); ++d) {
    if (dims[d].name != "model") continue;
    std::vector<std::string> out;
    Point p(dims.size(), 0);
    for (p[d] = 0; p[d] < dims[d].values.size(); ++p[d]) out.push_back(model(p));
    return out;
  }
  return {fallback};
}

std::string Space::model(const Point& p) const {
  for (std::size_t i = 0; i < dims.size(); ++i) {
    if (dims[i].name == "model") {
      std::string v = dims[i].values.at(p.at(i));
      return v.size() >= 2 && v.front() == '"' ? v.substr(1, v.size() - 2) : v;
    }
  }
  return {};
}

std::string Space::key(const Point& p) const {
  std::string k;
  for (std::size_t i = 0; i < dims.size(); ++i)
    k += (i ? "," : "") + dims[i].name + "=" + dims[i].values.at(p.at(i));
  return k;
}

std::optional<Point> Space::parse_key(std::string_view key) const {
  Point p(dims.size());
  for (std::size_t i = 0; i < dims.size(); ++i) {
    if (i > 0) {
      if (key.empty() || key.front() != ',') return std::nullopt;
      key.remove_prefix(1);
    }
    const std::string prefix = dims[i].name + "=";
    if (key.rfind(prefix, 0) != 0) return std::nullopt;
    key.remove_prefix(prefix.size());
    // The longest value that matches and is followed by the next separator.
    std::optional<std::size_t> hit;
    for (std::size_t v = 0; v < dims[i].values.size(); ++v) {
      const auto& val = dims[i].values[v];
      if (key.rfind(val, 0) == 0 && (key.size() == val.size() || key[val.size()] == ',') &&
          (!hit || val.size() > dims[i].values[*hit].size()))
        hit = v;
    }
    if (!hit) return std::nullopt;
    p[i] = *hit;
    key.remove_prefix(dims[i].values[*hit].size());
  }
  if (!key.empty()) return std::nullopt;
  return p;
}

std::string Space::load_key(const Point& p) const {
  std::string k;
  for (std::size_t i = 0; i < dims.size(); ++i) {
    if (dims[i].load_time)
      k += (k.empty() ? "" : ",") + dims[i].name + "=" + dims[i].values.at(p.at(i));
  }
  return k;
}

namespace {
class TopKeys final : public json::JsonVisitor {
 public:
  std::set<std::string> keys;
  void begin_object() override { ++depth_; }
  void end_object() override { --depth_; }
  void begin_array() override { ++depth_; }
  void end_array() override { --depth_; }
  void key(std::string_view k) override {
    if (depth_ == 1) keys.emplace(k);
  }
  void scalar(json::JsonScalar, std::string_view, double, std::size_t) override {}

 private:
  int depth_ = 0;
};
}  // namespace

Result<std::string> merge_options(std::string_view fixed, std::string_view point) {
  const auto empty = [](std::string_view j) {
    const auto t = text::trim(j);
    return t.empty() || t == "{}";
  };
  if (empty(fixed)) return std::string(empty(point) ? "{}" : point);
  if (empty(point)) return std::string(fixed);
  TopKeys a, b;
  if (json::read_json(fixed, a) || json::read_json(point, b))
    return Error{ErrorCode::usage, "options are not a JSON object", "use k=v,... or {...}"};
  for (const auto& k : b.keys) {
    if (a.keys.count(k))
      return Error{ErrorCode::usage, "--options sets '" + k + "', which the sweep also varies",
                   "drop it from --options or from the --param list"};
  }
  std::string f(text::trim(fixed));
  std::string p(text::trim(point));
  f.pop_back();  // '}'
  return f + "," + p.substr(1);
}

Result<std::vector<std::string>> space_params_from_toml(const std::filesystem::path& file) {
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    std::ostringstream ss;
    ss << file.string() << ": " << e.description() << " at line " << e.source().begin.line;
    return Error{ErrorCode::usage, ss.str(), "fix the TOML syntax (--space FILE)"};
  }
  const auto* space = root.get_as<toml::table>("space");
  for (const auto& [k, _] : root) {
    if (k.str() != "space")
      return Error{ErrorCode::usage,
                   file.string() + ": unknown top-level key '" + std::string(k.str()) + "'",
                   "put the dimensions under [space], e.g. [space] num_ctx = [512, 1024]"};
  }
  if (!space || space->empty())
    return Error{ErrorCode::usage, file.string() + ": no [space] table with dimensions",
                 "e.g. [space] num_ctx = [512, 1024] num_gpu = \"60-120+20\""};
  const auto scalar = [](const toml::node& n) -> std::optional<std::string> {
    if (const auto* s = n.as_string()) return s->get();
    if (const auto* i = n.as_integer()) return std::to_string(i->get());
    if (const auto* f = n.as_floating_point()) return numeric::format_double(f->get());
    if (const auto* b = n.as_boolean()) return b->get() ? "true" : "false";
    return std::nullopt;
  };
  std::vector<std::string> out;
  for (const auto& [k, v] : *space) {
    std::string spec;
    if (const auto* a = v.as_array()) {
      for (const auto& e : *a) {
        const auto s = scalar(e);
        if (!s || s->find(',') != std::string::npos)
          return Error{
              ErrorCode::usage,
              file.string() + ": [space] " + std::string(k.str()) +
                  " holds a value that is not a number, string or boolean (or has a comma)",
              "list plain values: num_ctx = [512, 1024]"};
        spec += (spec.empty() ? "" : ",") + *s;
      }
    } else if (const auto s = scalar(v)) {
      spec = *s;
    } else {
      return Error{
          ErrorCode::usage,
          file.string() + ": [space] " + std::string(k.str()) + " must be a list or a value",
          "e.g. num_ctx = [512, 1024] or num_gpu = \"60-120+20\""};
    }
    out.push_back(std::string(k.str()) + "=" + spec);
  }
  return out;
}

}  // namespace chimera::tune
