// The agents config file (TOML, read with toml++): any number of agents, each with its persona,
// server, model and options.
#include <toml++/toml.h>

#include <set>
#include <sstream>

#include "chimera/agent/scenario.hpp"
#include "chimera/backend/backend.hpp"
#include "chimera/core/json_writer.hpp"

namespace chimera::agent {
namespace {

Error bad(const std::filesystem::path& file, const std::string& what) {
  return Error{ErrorCode::usage, file.string() + ": " + what,
               "see `chimera agents --help` and examples/agents.toml for the format"};
}

Status check_keys(const std::filesystem::path& file, const toml::table& t,
                  const std::set<std::string>& allowed, const std::string& where) {
  for (const auto& [k, _] : t) {
    if (!allowed.count(std::string(k.str())))
      return bad(file, "unknown key '" + std::string(k.str()) + "' in " + where);
  }
  return ok_status();
}

Result<std::string> string_of(const std::filesystem::path& file, const toml::table& t,
                              const char* key, const std::string& where) {
  const auto* n = t.get(key);
  if (!n) return std::string();
  if (const auto* s = n->as_string()) return s->get();
  return bad(file, std::string("'") + key + "' in " + where + " must be a string");
}

// A TOML value as JSON (tables keep toml++'s sorted key order). Dates and times become strings.
void to_json(JsonWriter& w, const toml::node& n) {
  if (const auto* t = n.as_table()) {
    w.begin_object();
    for (const auto& [k, v] : *t) {
      w.key(k.str());
      to_json(w, v);
    }
    w.end_object();
  } else if (const auto* a = n.as_array()) {
    w.begin_array();
    for (const auto& v : *a) to_json(w, v);
    w.end_array();
  } else if (const auto* i = n.as_integer()) {
    w.value(i->get());
  } else if (const auto* f = n.as_floating_point()) {
    w.value(f->get());
  } else if (const auto* b = n.as_boolean()) {
    w.value(b->get());
  } else if (const auto* s = n.as_string()) {
    w.value(s->get());
  } else {
    std::ostringstream ss;
    if (const auto* d = n.as_date()) ss << *d;
    if (const auto* tm = n.as_time()) ss << *tm;
    if (const auto* dt = n.as_date_time()) ss << *dt;
    w.value(ss.str());
  }
}

// options: a table (written as compact JSON, keys sorted) or a string "k=v,..." / JSON object.
Result<std::string> options_of(const std::filesystem::path& file, const toml::table& t,
                               const std::string& where) {
  const auto* n = t.get("options");
  if (!n) return std::string();
  if (const auto* tbl = n->as_table()) {
    std::ostringstream ss;
    {
      JsonWriter w(ss, false);
      to_json(w, *tbl);
      w.flush();
    }
    return ss.str();
  }
  if (const auto* s = n->as_string()) {
    auto j = backend::options_to_json(s->get());
    if (!j) return bad(file, "options in " + where + ": " + j.error().message);
    return j.value();
  }
  return bad(file, "'options' in " + where + " must be a table or a string");
}

}  // namespace

Result<AgentsOptions> load_agents_config(const std::filesystem::path& file, AgentsOptions o) {
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    std::ostringstream ss;
    ss << e.description() << " at line " << e.source().begin.line << ", column "
       << e.source().begin.column;
    return Error{ErrorCode::usage, file.string() + ": " + ss.str(),
                 "fix the TOML syntax (--config FILE)"};
  }
  if (auto st = check_keys(
          file, root,
          {"name", "backend", "url", "model", "options", "runs", "warmup", "solo", "agent"},
          "the top level");
      !st)
    return st.error();
  const std::string top = "the top level";
  auto name = string_of(file, root, "name", top);
  if (!name) return name.error();
  o.scenario = name.value().empty() ? file.stem().string() : name.value();
  for (const auto* key : {"backend", "url", "model"}) {
    auto v = string_of(file, root, key, top);
    if (!v) return v.error();
    if (v.value().empty()) continue;
    std::string& dst = std::string(key) == "backend" ? o.backend
                       : std::string(key) == "url"   ? o.url_a
                                                     : o.model;
    dst = v.value();
  }
  auto common = options_of(file, root, top);
  if (!common) return common.error();
  for (const auto* key : {"runs", "warmup"}) {
    if (const auto* n = root.get(key)) {
      const auto* i = n->as_integer();
      if (!i || i->get() < (std::string(key) == "runs" ? 1 : 0) || i->get() > 1000)
        return bad(file, std::string("'") + key + "' must be a whole number from " +
                             (std::string(key) == "runs" ? "1" : "0") + " to 1000");
      (std::string(key) == "runs" ? o.runs : o.warmup) = static_cast<int>(i->get());
    }
  }
  if (const auto* n = root.get("solo")) {
    const auto* b = n->as_boolean();
    if (!b) return bad(file, "'solo' must be true or false");
    o.solo = b->get();
  }
  const auto* arr = root.get_as<toml::array>("agent");
  if (!arr || arr->empty())
    return bad(file, "no agents: add one [[agent]] table per agent (persona = \"...\")");
  o.agents.clear();
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const std::string where = "agent " + std::to_string(i + 1);
    const auto* t = arr->get(i)->as_table();
    if (!t) return bad(file, where + " must be a table ([[agent]])");
    if (auto st =
            check_keys(file, *t, {"persona", "name", "backend", "url", "model", "options"}, where);
        !st)
      return st.error();
    AgentSpec s;
    for (auto [key, dst] : {std::pair{"persona", &s.persona}, std::pair{"name", &s.name},
                            std::pair{"backend", &s.backend}, std::pair{"url", &s.url},
                            std::pair{"model", &s.model}}) {
      auto v = string_of(file, *t, key, where);
      if (!v) return v.error();
      *dst = v.value();
    }
    if (s.persona.empty())
      return bad(file, where + " has no persona (an id in prompts/personas/, e.g. insight-agent)");
    auto opts = options_of(file, *t, where);
    if (!opts) return opts.error();
    s.options_json = t->contains("options") ? opts.value() : common.value();
    o.agents.push_back(std::move(s));
  }
  if (o.model.empty()) {
    for (const auto& a : o.agents) {
      if (a.model.empty())
        return bad(file, "no model for every agent: set model at the top level or in each agent");
    }
  }
  return o;
}

}  // namespace chimera::agent
